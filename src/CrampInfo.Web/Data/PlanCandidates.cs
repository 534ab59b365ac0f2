using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Data;

/// <summary>A food of the everyday-foods list as the plan sees it: its plan portion, everyday name, mark and place in the list.</summary>
public sealed record PlanFood(Food Food, Portion PlanPortion, string Name, bool PotassiumRich, bool IsDriedFruit, int Position);

/// <summary>
/// The foods the calculator's plan may suggest (the public interface, "Suggestions"), chosen once from the
/// everyday-foods list: those the list marks potassium-rich with at most 460 mg of sodium in their plan
/// portion (a food without a sodium figure cannot show that, so it is left out). A clinic's featured foods
/// add nothing here: a featured food is a candidate only when the list itself makes it one, in the list's
/// plan portion; a featured food off the list never is, since only the list says whether a food is a whole
/// food and whether it is dried fruit.
/// </summary>
public sealed class PlanCandidates
{
    public PlanCandidates(IEnumerable<PlanFood> everydayFoods) =>
        All = everydayFoods.Where(Qualifies).OrderBy(f => f.Position).Select(ToCandidate).ToList();

    public IReadOnlyList<PlanCandidate> All { get; }

    public static bool Qualifies(PlanFood food) =>
        food.PotassiumRich
        && food.Food.SodiumMgPer100g is { } sodium
        && IntakeCalculator.Per100g((decimal)sodium, (decimal)food.PlanPortion.Grams) <= GapPlanner.MaxSodiumMgPerPortion;

    static PlanCandidate ToCandidate(PlanFood food) => new(
        food.Food.Ndb, food.Name, food.Food.Description, food.PlanPortion.Seq, PortionLabel.Of(food.PlanPortion),
        (decimal)food.PlanPortion.Grams,
        IntakeCalculator.Per100g((decimal)food.Food.PotassiumMgPer100g, (decimal)food.PlanPortion.Grams),
        food.IsDriedFruit, food.Position);
}
