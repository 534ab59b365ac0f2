using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>Why a number typed into a form could not be read.</summary>
public enum NumberProblem
{
    /// <summary>Not a number at all ("two", "0x1F", "NaN").</summary>
    NotANumber,
    /// <summary>A comma that is not between groups of three digits ("1,5"): never read as 15.</summary>
    DecimalComma,
    /// <summary>A point followed by exactly three digits ("2.000"): 2 or 2,000? Refused in both languages.</summary>
    AmbiguousPoint,
    /// <summary>A unit this field does not take ("5 kg" for a limit, any unit for an age).</summary>
    UnknownUnit,
}

/// <summary>The units a person may write after a number in the form.</summary>
public enum TypedUnit { None, Mg, G, Meq }

/// <summary>A number as a person typed it into the form: its value and unit, or why it cannot be read.</summary>
public sealed record TypedNumber(decimal? Value, TypedUnit Unit, NumberProblem? Problem)
{
    public bool IsRead => Problem is null && Value is not null;
}

/// <summary>
/// Every rule for reading numbers, in one place (the public interface, "The calculator's query string"):
/// <list type="bullet">
/// <item>Canonical parameters take plain decimals: digits with an optional point, at most ten digits either
/// side (so every value fits a decimal exactly), an optional minus sign (so "-1" is refused for its range, not
/// as gibberish). No commas, exponents, NaN or Infinity.</item>
/// <item>The no-JavaScript form reads numbers as people type them: spaces around them, a comma only between
/// groups of three digits ("2,000"), a unit where the field takes one ("2 g", "2000 mg", "60 mEq", "a day").
/// Any other comma ("1,5") is refused, never read as 15; a point followed by exactly three digits after one
/// to three digits ("2.000") is refused, since half the world writes two thousand that way. The Spanish
/// pages use these same rules.</item>
/// </list>
/// </summary>
public static partial class NumberText
{
    /// <summary>A canonical parameter's number, or null when it is not a plain decimal.</summary>
    public static decimal? ParseCanonical(string? text)
    {
        if (text is null) return null;
        text = text.Trim();
        return CanonicalPattern().IsMatch(text)
            ? decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A number the way the site writes it in a canonical link: "2000", "1.5", "0.125".</summary>
    public static string Canonical(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>"1,234.5": how the site writes a number back to a person.</summary>
    public static string Show(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number typed into the form, with the units <paramref name="units"/> allows after it ("mg", "milligrams",
    /// "g", "grams", "mEq", "mmol", each optionally followed by "a day", "/day", "per day" or "daily").
    /// Null for a blank field, which counts as absent.
    /// </summary>
    public static TypedNumber? ReadTyped(string? text, params TypedUnit[] units)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = TypedPattern().Match(text.Trim());
        if (!match.Success)
            return new(null, TypedUnit.None, LooksLikeDecimalComma(text) ? NumberProblem.DecimalComma : NumberProblem.NotANumber);

        var number = match.Groups["number"].Value;
        var unit = UnitOf(match.Groups["unit"].Value);
        if (unit is null || (unit != TypedUnit.None && !units.Contains(unit.Value)))
            return new(null, TypedUnit.None, NumberProblem.UnknownUnit);
        if (number.Contains(',') && !GroupedPattern().IsMatch(number))
            return new(null, unit.Value, NumberProblem.DecimalComma);
        if (AmbiguousPointPattern().IsMatch(number))
            return new(null, unit.Value, NumberProblem.AmbiguousPoint);
        var plain = number.Replace(",", "");
        return ParseCanonical(plain) is { } value
            ? new(value, unit.Value, null)
            : new(null, unit.Value, NumberProblem.NotANumber);
    }

    static TypedUnit? UnitOf(string unit)
    {
        var words = DayPattern().Replace(unit.Trim().ToLowerInvariant(), "").Trim();
        return words switch
        {
            "" => TypedUnit.None,
            "mg" or "milligram" or "milligrams" => TypedUnit.Mg,
            "g" or "gram" or "grams" => TypedUnit.G,
            "meq" or "m eq" or "mmol" => TypedUnit.Meq,
            _ => null,
        };
    }

    static bool LooksLikeDecimalComma(string text) => DecimalCommaPattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^-?[0-9]{1,10}(\.[0-9]{1,10})?$|^-?\.[0-9]{1,10}$")]
    private static partial Regex CanonicalPattern();

    /// <summary>A number (digits, commas, at most one point) and whatever follows it.</summary>
    [GeneratedRegex(@"^(?<number>-?[0-9][0-9,]*(\.[0-9]+)?|-?\.[0-9]+)\s*(?<unit>[A-Za-z][A-Za-z /]*)?$")]
    private static partial Regex TypedPattern();

    /// <summary>Commas only between groups of three digits: 2,000 and 1,500.5.</summary>
    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex GroupedPattern();

    /// <summary>"2.000", "12.500", "100.000": could be a thousands point. "0.125" cannot ("0" is no group).</summary>
    [GeneratedRegex(@"^-?[1-9][0-9]{0,2}\.[0-9]{3}$")]
    private static partial Regex AmbiguousPointPattern();

    [GeneratedRegex(@"^-?[0-9]+,[0-9]+$")]
    private static partial Regex DecimalCommaPattern();

    [GeneratedRegex(@"\s*(/\s*day|/\s*d|a day|per day|each day|daily)$")]
    private static partial Regex DayPattern();
}
