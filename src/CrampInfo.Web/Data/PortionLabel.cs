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

    public static string Of(Portion portion)
    {
        var measure = Plain(portion.Measure);
        return portion.Amount == 1 ? measure : $"{portion.Amount.ToString("0.###", CultureInfo.InvariantCulture)} {measure}";
    }

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
