using System.Globalization;
using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Site;

/// <summary>Numbers as the pages write them: whole milligrams with thousands separators, rounded half away from zero.</summary>
public static class Format
{
    public static string Mg(decimal mg) => Rounding.Whole(mg).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Mg(double mg) => Mg((decimal)mg);

    public static string Mg(long mg) => Whole(mg);

    /// <summary>A whole number as pages write it: "2,600".</summary>
    public static string Whole(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => Rounding.Whole(percent).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Grams(decimal grams) => Rounding.Grams(grams).ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Grams(double grams) => Grams((decimal)grams);

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Words as a sentence lists them: "a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> words)
    {
        var all = words.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}
