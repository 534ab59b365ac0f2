using CrampInfo.Web.Intake;

namespace CrampInfo.Web.Data;

/// <summary>
/// The foods the calculator's plan may suggest (the public interface, "Suggestions"), chosen once from the
/// everyday-foods list: those the list marks potassium-rich with at most 460 mg of sodium in their plan
/// portion (a food without a sodium figure cannot show that, so it is left out), in the list's order.
/// A clinic's featured foods add nothing here: a featured food is a candidate only when the list itself makes
/// it one, in the list's plan portion; a featured food off the list never is, since only the list says whether
/// a food is a whole food and whether it is dried fruit.
/// </summary>
public sealed class PlanCandidates
{
    /// <param name="everydayFoods">Foods with their everyday-foods row (<see cref="Food.Everyday"/>); others are ignored.</param>
    public PlanCandidates(IEnumerable<Food> everydayFoods) =>
        Foods = new PlanFoods(everydayFoods.Where(Qualifies).OrderBy(f => f.Everyday!.Position).Select(ToCandidate).ToList());

    public static PlanCandidates From(FoodTable table) => new(table.EverydayFoods);

    /// <summary>The candidates, with their options for each age's caps prepared once.</summary>
    public PlanFoods Foods { get; }

    public IReadOnlyList<PlanCandidate> All => Foods.All;

    public static bool Qualifies(Food food) =>
        food.Everyday is { PotassiumRich: true }
        && food.PlanPortion is { } portion
        && food.SodiumMgPer100g is { } sodium
        && IntakeCalculator.Per100g((decimal)sodium, (decimal)portion.Grams) <= GapPlanner.MaxSodiumMgPerPortion;

    static PlanCandidate ToCandidate(Food food)
    {
        var portion = food.PlanPortion!;
        return new(food.Ndb, food.Everyday!.Name, food.Description, portion.Seq, PortionLabel.Of(portion), (decimal)portion.Grams,
            IntakeCalculator.Per100g((decimal)food.PotassiumMgPer100g, (decimal)portion.Grams), food.Everyday.IsDriedFruit, food.Everyday.Position);
    }
}
