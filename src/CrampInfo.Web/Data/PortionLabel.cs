using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampInfo.Web.Data;

/// <summary>
/// How a portion is written to a person, the one way every page and the API write it: the measure, with its
/// amount where that is not 1 ("50 raisins"), and the data's "NLEA serving" said in plain words (it is the
/// serving size printed on US Nutrition Facts labels, under the Nutrition Labeling and Education Act).
/// </summary>
public static partial class PortionLabel
{
    public const string LabelServing = "the serving size on US Nutrition Facts labels";

    /// <summary>A portion as a choice or an amount is written beside a count: "medium (7" to 7-7/8" long)", "50 raisins".</summary>
    public static string Of(Portion portion) => Of(portion.Amount, portion.Measure);

    public static string Of(double amount, string measure) =>
        amount == 1 ? Plain(measure) : $"{amount.ToString("0.###", CultureInfo.InvariantCulture)} {Plain(measure)}";

    /// <summary>A portion with its amount always written, as the article pages list it: "1 medium (...)", "½ cup".</summary>
    public static string WithAmount(double amount, string measure) => $"{Amount(amount)} {Plain(measure)}";

    static string Amount(double amount) => amount switch
    {
        0.25 => "¼",
        0.5 => "½",
        0.75 => "¾",
        _ => amount.ToString("#,##0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>"cup (1 NLEA serving)" becomes "cup (the serving size on US Nutrition Facts labels)"; "NLEA serving", "serving (the serving size ...)".</summary>
    public static string Plain(string measure)
    {
        if (!measure.Contains("NLEA", StringComparison.OrdinalIgnoreCase)) return measure;
        var text = ServingInBrackets().Replace(measure, $"({LabelServing})");
        return BareServing().Replace(text, $"serving ({LabelServing})");
    }

    [GeneratedRegex(@"\(\s*1\s+NLEA serving\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ServingInBrackets();

    [GeneratedRegex(@"\bNLEA serving\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareServing();
}
