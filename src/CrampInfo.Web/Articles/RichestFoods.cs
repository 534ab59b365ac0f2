using CrampInfo.Web.Data;

namespace CrampInfo.Web.Articles;

/// <summary>
/// "Richest foods" on /food-sources, as the public interface defines it: the foods of the everyday-foods list, each
/// in its plan portion (what a person eats at one sitting, at most 250 g), ranked by the potassium in that portion.
/// The list holds foods people eat, in the form they eat them, so no rules are needed to keep out dry beans, milk
/// powder or whole bags of chips. Ties keep the list's order. The chart and the table show the same foods.
/// </summary>
public static class RichestFoods
{
    /// <summary>How many foods the list shows.</summary>
    public const int Count = 15;

    public static IReadOnlyList<FoodPortionFigure> Top(FoodTable table, int count) =>
        table.EverydayFoods
            .Select(food => new FoodPortionFigure(food, food.PlanPortion!))
            .OrderByDescending(figure => figure.PotassiumMg) // a stable sort: equal figures stay in list order
            .Take(count)
            .ToList();
}
