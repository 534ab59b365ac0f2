namespace CrampInfo.Web.Data;

/// <summary>A food's number in the USDA table (NDB): exactly five digits, kept as text because leading zeros matter.</summary>
public static class FoodNumber
{
    public static bool IsValid(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);
}
