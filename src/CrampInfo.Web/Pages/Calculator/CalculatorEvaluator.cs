using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using FluentValidation;
using FluentValidation.Results;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>What a calculator query string gives: the input as typed, what is wrong with it, and the day's result from its valid parts.</summary>
public sealed record CalculatorOutcome(
    CalculatorInput Input, IReadOnlyList<ValidationFailure> Failures, IntakeResult Result,
    AdequateIntakeTable AdequateIntakes, IReadOnlyList<FeaturedFood> Featured)
{
    public bool HasErrors => Failures.Count > 0;

    public IEnumerable<string> ErrorsFor(string key) =>
        Failures.Where(f => f.PropertyName == key && f.CustomState is not ItemFailure).Select(f => f.ErrorMessage);

    public IEnumerable<string> ErrorsForItem(int index) =>
        Failures.Where(f => f.CustomState is ItemFailure item && item.Index == index).Select(f => f.ErrorMessage);

    /// <summary>Errors keyed by parameter, as problem details carry them.</summary>
    public Dictionary<string, string[]> ErrorsByParameter() =>
        Failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray());
}

/// <summary>
/// Runs a calculation for the page and the API alike: reads the query string, looks up the foods it names,
/// validates it (FluentValidation, by hand), and calculates from whatever parts are valid.
/// </summary>
public sealed class CalculatorEvaluator(FoodTable table, IValidator<CalculatorInput> validator, ReferenceData reference)
{
    public async Task<CalculatorOutcome> EvaluateAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var input = CalculatorInput.FromQuery(query);
        var ndbs = input.ConsideredItems.Where(i => i.Item.WellFormed && i.Item.NdbValid).Select(i => i.Item.Ndb).Distinct().ToList();
        input.Foods = ndbs.Select(table.Find).OfType<Food>().ToDictionary(f => f.Ndb, StringComparer.Ordinal);

        var validation = await validator.ValidateAsync(input, cancellationToken);
        var failed = validation.Errors.Where(e => e.CustomState is not ItemFailure).Select(e => e.PropertyName).ToHashSet();
        var failedItems = validation.Errors.Select(e => e.CustomState).OfType<ItemFailure>().Select(i => i.Index).ToHashSet();

        var intakes = await reference.AdequateIntakesAsync(cancellationToken);
        var featured = await reference.FeaturedFoodsAsync(cancellationToken);

        var foods = input.ConsideredItems.Where(i => !failedItems.Contains(i.Index)).Select(i => Eaten(i.Item, input.Foods[i.Item.Ndb])).ToList();
        var result = IntakeCalculator.Calculate(foods, SupplementOf(input, failed), TargetOf(input, failed, intakes),
            featured.Select(f => f.AsSuggestion()).ToList());
        return new CalculatorOutcome(input, validation.Errors, result, intakes, featured);
    }

    static FoodEaten Eaten(ItemText item, Food food)
    {
        var quantity = item.QuantityValue!.Value;
        var portion = item.IsGrams ? null : food.Portions.First(p => p.Seq == item.PortionSeq);
        return new FoodEaten(food.Ndb, food.Description, portion?.Seq,
            portion is null ? ItemText.GramsPortion : PortionLabel.Of(portion),
            quantity, portion is null ? quantity : (decimal)portion.Grams * quantity,
            (decimal)food.PotassiumMgPer100g, (decimal?)food.MagnesiumMgPer100g, (decimal?)food.SodiumMgPer100g);
    }

    /// <summary>Tablets count only when every supplement field is valid: strength in mg, or mEq x 39.1; 99 mg and 1 tablet by default.</summary>
    static Supplement? SupplementOf(CalculatorInput input, HashSet<string> failed)
    {
        if (!input.HasSupplement
            || failed.Contains(CalculatorInput.SupplementMgKey) || failed.Contains(CalculatorInput.SupplementMeqKey)
            || failed.Contains(CalculatorInput.SupplementCountKey))
            return null;
        var strength = input.SupplementMgValue
            ?? input.SupplementMeqValue * (decimal)ReferenceFigures.MgPerMeq.Value
            ?? (decimal)ReferenceFigures.OverTheCounterMaxMg.Value;
        return new Supplement(strength, input.SupplementCountValue ?? 1);
    }

    /// <summary>
    /// The clinician's limit when one is given; otherwise the person's Adequate Intake, but only when age, sex
    /// and stage are all valid (a target from half the facts could be the wrong one).
    /// </summary>
    static Target? TargetOf(CalculatorInput input, HashSet<string> failed, AdequateIntakeTable intakes)
    {
        var personal = failed.Overlaps([CalculatorInput.AgeKey, CalculatorInput.SexKey, CalculatorInput.StageKey]) || input.AgeValue is not { } age
            ? null
            : intakes.Find((double)age, input.SexValue, input.StageValue);
        if (input.LimitMgValue is { } limit && !failed.Contains(CalculatorInput.LimitMgKey))
            return new Target(TargetKind.ClinicianLimit, limit, personal);
        return personal is null ? null : new Target(TargetKind.AdequateIntake, personal.AdequateIntakeMg, personal);
    }
}
