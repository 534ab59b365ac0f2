using System.Globalization;

namespace CrampInfo.Web.Intake;

/// <summary>Sex, which selects the Adequate Intake from age 9 on. The one type for it: pages, the API and the data use it.</summary>
public enum Sex { Female, Male }

/// <summary>Pregnancy or breastfeeding, which select their own Adequate Intake rows.</summary>
public enum Stage { Pregnant, Lactating }

/// <summary>How <see cref="Sex"/> is written in the query string, the data files and the API: <c>female</c>, <c>male</c>, and <c>any</c> for a row for both.</summary>
public static class SexNames
{
    public const string Female = "female";
    public const string Male = "male";
    public const string Any = "any";

    public static string Of(Sex? sex) => sex switch { Sex.Female => Female, Sex.Male => Male, _ => Any };

    /// <summary>The sex a name stands for, ignoring case; null for <c>any</c> or anything else.</summary>
    public static Sex? Parse(string? name) => name?.Trim().ToLowerInvariant() switch { Female => Sex.Female, Male => Sex.Male, _ => null };
}

/// <summary>A row of the 2019 Adequate Intakes: ages [from, to) in years, for one sex or (<see cref="Sex"/> null) for both.</summary>
public sealed record AdequateIntake(string LifeStage, double AgeFromYears, double? AgeToYears, Sex? Sex, int AdequateIntakeMg)
{
    public bool Holds(double age) => age >= AgeFromYears && (AgeToYears is null || age < AgeToYears);

    /// <summary>A baby's row (under 1 year): its intake comes from breast milk, not from a food log.</summary>
    public bool IsInfant => AgeToYears is <= 1;

    public bool IsPregnancy => LifeStage == AdequateIntakeTable.PregnancyLifeStage;
    public bool IsLactation => LifeStage == AdequateIntakeTable.LactationLifeStage;

    /// <summary>
    /// The group as the National Academies' table names it: "Infants, birth to 6 months", "Infants, 7 to 12
    /// months", "Children 1-3 years", "Males 9-13 years", "Females 71 years and older", "Pregnancy, 19-50 years",
    /// "Breastfeeding, 14-18 years" (the report's "lactation", in the site's words).
    /// </summary>
    public string Describe() => IsInfant ? $"Infants, {Ages()}" : $"{Who()}{(IsPregnancy || IsLactation ? "," : "")} {Ages()}";

    /// <summary>Who the row is for, without the ages: "Infants", "Children", "Males", "Females", "Pregnancy", "Breastfeeding".</summary>
    public string Who() =>
        IsPregnancy ? "Pregnancy"
        : IsLactation ? "Breastfeeding"
        : IsInfant ? "Infants"
        : Sex switch { Intake.Sex.Female => "Females", Intake.Sex.Male => "Males", _ => "Children" };

    /// <summary>The ages: "birth to 6 months", "7 to 12 months", "9-13 years", "71 years and older".</summary>
    public string Ages() => AgeToYears switch
    {
        null => $"{Years(AgeFromYears)} years and older",
        <= 1 => AgeFromYears == 0 ? $"birth to {Months(AgeToYears.Value)} months" : $"{Months(AgeFromYears) + 1} to {Months(AgeToYears.Value)} months",
        _ => $"{Years(AgeFromYears)}-{Years(AgeToYears.Value - 1)} years",
    };

    static string Years(double years) => years.ToString("0.#", CultureInfo.InvariantCulture);
    static int Months(double years) => (int)Math.Round(years * 12);
}

/// <summary>
/// The 2019 Adequate Intakes for potassium and the rule that picks a person's row: the row whose
/// [age_from, age_to) holds the age, for the sex from age 9 on (younger rows are for any sex), and the
/// pregnancy or lactation row when a stage is given.
/// </summary>
public sealed class AdequateIntakeTable(IReadOnlyList<AdequateIntake> rows)
{
    public const string PregnancyLifeStage = "pregnancy";
    public const string LactationLifeStage = "lactation";

    public IReadOnlyList<AdequateIntake> Rows { get; } = rows;

    /// <summary>The person's row, or null when the table cannot say (age 9 or more without a sex, or no row fits).</summary>
    public AdequateIntake? Find(double age, Sex? sex, Stage? stage)
    {
        if (stage is not null)
        {
            var lifeStage = stage == Stage.Pregnant ? PregnancyLifeStage : LactationLifeStage;
            return Rows.FirstOrDefault(r => r.LifeStage == lifeStage && r.Holds(age) && r.Sex == sex && sex is not null);
        }
        return Rows.FirstOrDefault(r => !r.IsPregnancy && !r.IsLactation && r.Holds(age) && (r.Sex is null || r.Sex == sex));
    }

    /// <summary>Whether the rows for this age differ by sex (from age 9 on), so a sex is needed for a target.</summary>
    public bool NeedsSex(double age) => Rows.Any(r => r.Holds(age) && r.Sex is not null);
}
