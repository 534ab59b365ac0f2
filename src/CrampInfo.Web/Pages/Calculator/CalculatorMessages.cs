using CrampInfo.Web.Intake;
using CrampInfo.Web.Site;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// Every message the calculator's parser, validator and form reader give, in one place, so the set can move
/// to resource files for the Spanish pages. Each names the value as typed and the rule it breaks, and says
/// how to write it.
/// </summary>
public static class CalculatorMessages
{
    /// <summary>A value as typed, quoted and cut short: messages name it, but a 100 KB value is not repeated back.</summary>
    public static string Quote(string? value)
    {
        value ??= "";
        var shown = value.Length > 40 ? value[..40] + "..." : value;
        var printable = new string(shown.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return $"\"{printable}\"";
    }

    static string N(decimal value) => NumberText.Show(value);

    public static string Repeated(string parameter) => $"The setting \"{parameter}\" was given more than once; give it once.";

    // Numbers that cannot be read.
    public static string AgeNotANumber(string text) =>
        $"Age {Quote(text)} is not a number. Write it in digits, with a point for decimals (for example 45, or 0.5 for six months).";
    public static string StrengthNotANumber(string text) =>
        $"Supplement strength {Quote(text)} is not a number. Write it in digits, with a point for decimals (for example 99, or 8.5).";
    public static string CountNotAWholeNumber(string text) => $"Tablets a day {Quote(text)} must be a whole number from 0 to {P.MaxSupplementCount}.";
    public static string LimitNotANumber(string text) =>
        $"The daily limit {Quote(text)} is not a number. Write it in digits, for example 2000 (mg) or 60 (mEq).";

    /// <summary>What is wrong with a number typed into the form, and how to write it.</summary>
    public static string Typed(string what, string text, NumberProblem problem, bool takesUnits) => problem switch
    {
        NumberProblem.DecimalComma =>
            $"{what} {Quote(text)} has a comma that is not between groups of three digits. Write decimals with a point (1.5), and thousands with a comma or without one (2,000 or 2000).",
        NumberProblem.AmbiguousPoint =>
            $"{what} {Quote(text)} could mean {Ambiguous(text).Small} or {Ambiguous(text).Large}. For {Ambiguous(text).Large}, write {Ambiguous(text).LargePlain} or {Ambiguous(text).Large}; for {Ambiguous(text).Small}, write {Ambiguous(text).Small}.",
        NumberProblem.UnknownUnit => takesUnits
            ? $"{what} {Quote(text)} is not a number we can read. Write digits, then mg, g or mEq if you like (for example 2000 mg, 2 g or 60 mEq)."
            : $"{what} {Quote(text)} is not a number we can read. Write digits only, with a point for decimals.",
        _ => $"{what} {Quote(text)} is not a number we can read. Write it in digits, with a point for decimals.",
    };

    /// <summary>"2.000": the small reading (2) and the large (2,000 and 2000).</summary>
    static (string Small, string Large, string LargePlain) Ambiguous(string text)
    {
        var digits = new string(text.Trim().TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        var parts = digits.Split('.');
        var large = decimal.Parse(parts[0] + parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var small = NumberText.ParseCanonical(digits) ?? 0;
        return (N(small), N(large), NumberText.Canonical(large));
    }

    // Choices.
    public static string SexNotAChoice(string text) => $"Sex {Quote(text)} is not one of the choices: female or male.";
    public static string StageNotAChoice(string text) =>
        $"Pregnancy or breastfeeding {Quote(text)} is not one of the choices: pregnant or lactating (breastfeeding).";
    static string StageWord(Stage stage) => stage == Intake.Stage.Pregnant ? "Pregnancy" : "Breastfeeding";
    public static string StageNeedsFemale(Stage stage) => $"{StageWord(stage)} applies only with sex female, aged 14 to 50.";
    public static string StageNeedsAge(Stage stage) => $"{StageWord(stage)} needs an age from 14 to 50.";
    public static string StageAgeOutside(Stage stage, decimal age) =>
        $"{StageWord(stage)} applies to ages 14 to 50; age {N(age)} is outside that.";

    // Ranges.
    public static string AgeOutside(decimal age) => $"Age {N(age)} is outside the range this calculator covers: {N(P.MinAge)} to {N(P.MaxAge)} years.";
    public static string Outside(string what, decimal value, decimal min, decimal max, string unit) =>
        $"{what} {N(value)} {unit} is outside the range {N(min)} to {N(max)} {unit}.";
    public static string StrengthOutside(string parameter, decimal value) => parameter switch
    {
        P.SupplementMeq => Outside("Supplement strength", value, P.MinSupplementMeq, P.MaxSupplementMeq, "mEq"),
        P.SupplementKclMg => Outside("Supplement strength", value, P.MinSupplementKclMg, P.MaxSupplementKclMg, "mg of potassium chloride"),
        _ => Outside("Supplement strength", value, P.MinSupplementMg, P.MaxSupplementMg, "mg"),
    };
    public const string OneStrength =
        "Give the tablet's strength one way: in mg of potassium, in mEq or in mg of potassium chloride, not two.";
    public static string CountOutside(decimal count) => $"Tablets a day {Quote(N(count))} must be a whole number from 0 to {P.MaxSupplementCount}.";

    /// <summary>A limit out of range, with a guess at what was meant: "60" is likely mEq, "2" likely grams.</summary>
    public static string LimitOutside(string parameter, decimal value)
    {
        if (parameter == P.LimitMeq)
            return Outside("The daily limit", value, P.MinLimitMeq, P.MaxLimitMeq, "mEq") +
                (value >= P.MinLimitMg && value <= P.MaxLimitMg ? $" If your limit is {N(value)} mg, give it in mg." : "");
        var text = Outside("The daily limit", value, P.MinLimitMg, P.MaxLimitMg, "mg");
        if (value >= P.MinLimitMeq && value <= P.MaxLimitMeq)
            text += $" If your limit is {N(value)} mEq, give it in mEq ({N(value)} mEq is {Format.Mg(value * ReferenceFigures.MgPerMeqDecimal)} mg).";
        else if (value > 0 && value * 1000 >= P.MinLimitMg && value * 1000 <= P.MaxLimitMg)
            text += $" If your limit is {N(value)} grams, that is {N(value * 1000)} mg.";
        return text;
    }
    public const string OneLimit = "Give the daily limit one way, in mg or in mEq, not both.";

    // P.Items.
    public static string Item(int index, string text, string problem) => $"Food {index + 1} ({Quote(text)}): {problem}";
    public static string Item(int index, string text, string problem, bool named) =>
        named ? $"Food {index + 1} ({text}): {problem}" : Item(index, text, problem);
    public static string TooManyItems(int count) =>
        $"There are {count:#,0} foods in the list; the calculator takes at most {P.MaxItems}. Only the first {P.MaxItems} are counted.";
    public const string ItemShape =
        "write it as food number, portion and quantity, separated by colons (for example 09040:5:2 for two medium bananas).";
    public static string ItemNdb(string ndb) => $"the food number {Quote(ndb)} must be exactly 5 digits.";
    public static string ItemUnknownFood(string ndb) => $"there is no food number {ndb} in the food table.";
    public static string ItemPortionNotANumber(string portion) => $"the portion {Quote(portion)} must be one of the food's portion numbers, or g for grams.";
    public static string ItemNoSuchPortion(string description, string ndb, string portion, IEnumerable<int> seqs) =>
        $"{description} (food {ndb}) has no portion {portion}. Its portions are {string.Join(", ", seqs)}, or g for grams.";
    public const string ItemQuantityMissing = "the quantity is missing.";
    public static string ItemQuantityNotANumber(string quantity) =>
        $"the quantity {Quote(quantity)} is not a number. Write it in digits, with a point for decimals (for example 1.5).";
    public static string ItemGramsOutside(decimal grams) =>
        $"{N(grams)} g is outside the range: above 0 and at most {P.MaxItemGrams:#,0} g.";
    public static string ItemQuantityOutside(decimal quantity) =>
        $"the quantity {N(quantity)} is outside the range: above 0 and at most {P.MaxPortionQuantity:0}.";
    public static string ItemTooHeavy(decimal quantity, string portion, decimal grams) =>
        $"{N(quantity)} x {portion} weighs {N(Rounding.Grams(grams))} g; one food can be at most {P.MaxItemGrams:#,0} g.";

    // Names of the form's number fields, as its messages call them.
    public const string AgeField = "Age";
    public const string QuantityField = "The quantity";
    public const string StrengthField = "Supplement strength";
    public const string CountField = "Tablets a day";
    public const string LimitField = "The daily limit";
}
