namespace CrampInfo.Web.Intake;

public enum Sex { Female, Male }

/// <summary>Pregnancy or breastfeeding, which select their own Adequate Intake rows.</summary>
public enum Stage { Pregnant, Lactating }

/// <summary>A row of the 2019 Adequate Intakes: ages [from, to) in years, for one sex or <c>any</c>.</summary>
public sealed record AdequateIntake(string LifeStage, double AgeFromYears, double? AgeToYears, string Sex, int AdequateIntakeMg)
{
    public bool Holds(double age) => age >= AgeFromYears && (AgeToYears is null || age < AgeToYears);

    /// <summary>"adult, 19 to 50 years, female", as a person reads it.</summary>
    public string Describe()
    {
        var ages = AgeToYears switch
        {
            null => $"{Years(AgeFromYears)} years and over",
            <= 1 => $"{Months(AgeFromYears)} to {Months(AgeToYears.Value)} months",
            _ => $"{Years(AgeFromYears)} to {Years(AgeToYears.Value - 1)} years",
        };
        return Sex == "any" ? $"{LifeStage}, {ages}" : $"{LifeStage}, {ages}, {Sex}";
    }

    static string Years(double years) => years.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    static string Months(double years) => (years * 12).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
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
        var sexName = sex switch { Intake.Sex.Female => "female", Intake.Sex.Male => "male", _ => null };
        if (stage is not null)
        {
            var lifeStage = stage == Stage.Pregnant ? PregnancyLifeStage : LactationLifeStage;
            return Rows.FirstOrDefault(r => r.LifeStage == lifeStage && r.Holds(age) && r.Sex == sexName);
        }
        return Rows.FirstOrDefault(r => r.LifeStage is not (PregnancyLifeStage or LactationLifeStage)
            && r.Holds(age) && (r.Sex == "any" || r.Sex == sexName));
    }

    /// <summary>Whether the rows for this age differ by sex (from age 9 on), so a sex is needed for a target.</summary>
    public bool NeedsSex(double age) => Rows.Any(r => r.Holds(age) && r.Sex != "any");
}
