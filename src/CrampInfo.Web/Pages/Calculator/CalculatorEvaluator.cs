using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using FluentValidation;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>A food row of a calculation: the item as read, its amounts when it counts, and its messages.</summary>
public sealed record ItemLine(ItemInput Item, ItemAmounts? Amounts, IReadOnlyList<string> Errors);

/// <summary>
/// What a calculator query string gives, for the page, the API and the /for-clinics link builder alike: the
/// values read, every message (each once), each food row, the day's result from the valid parts, and the
/// plan (or why there is none).
/// </summary>
public sealed record Calculation(
    CalculatorInput Input, IReadOnlyList<CalculatorError> Errors, IReadOnlyList<ItemLine> Lines, Supplement? Supplement,
    IntakeResult Result, PlanOutcome Plan, AdequateIntakeTable AdequateIntakes)
{
    public bool HasErrors => Errors.Count > 0;

    public bool IsInvalid(string parameter) => Errors.Any(e => e.Parameter == parameter && e.ItemIndex is null);

    public IEnumerable<string> ErrorsFor(string parameter) =>
        Errors.Where(e => e.Parameter == parameter && e.ItemIndex is null).Select(e => e.Message);

    /// <summary>Errors keyed by parameter, as problem details carry them (an item's under <c>items</c>).</summary>
    public Dictionary<string, string[]> ErrorsByParameter() =>
        Errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>A target field (age, sex, stage, a limit) was given and is not valid: no target at all, then.</summary>
    public bool TargetFieldInvalid => P.TargetFields.Any(IsInvalid);

    public bool LimitGiven => Input.Text.HasAny(P.Limits);
}

/// <summary>
/// The calculator in one pass: the query string is read once into typed values (<see cref="CalculatorParser"/>),
/// the values are checked once (<see cref="CalculatorInputValidator"/>, FluentValidation called by hand),
/// then the arithmetic and the plan run on the valid parts (<see cref="IntakeCalculator"/>,
/// <see cref="GapPlanner"/>, which know nothing of HTTP), and the page or the API shows the result.
/// </summary>
public sealed class CalculatorEvaluator(FoodTable table, IValidator<CalculatorInput> validator, ReferenceData reference, PlanCandidates candidates)
{
    public Task<Calculation> EvaluateAsync(IQueryCollection query, CancellationToken cancellationToken) =>
        EvaluateAsync(CalculatorText.FromQuery(query), null, cancellationToken);

    /// <param name="refused">Fields the no-JavaScript form could not read, with their messages.</param>
    public async Task<Calculation> EvaluateAsync(CalculatorText text, IReadOnlyList<CalculatorError>? refused, CancellationToken cancellationToken)
    {
        var intakes = await reference.AdequateIntakesAsync(cancellationToken);
        return Evaluate(text, table.Find, validator, intakes, candidates.Foods, refused);
    }

    /// <summary>The whole pass for a query string, given the food table, the intakes and the plan's candidates.</summary>
    public static Calculation Evaluate(
        CalculatorText text, Func<string, Food?> findFood, IValidator<CalculatorInput> validator, AdequateIntakeTable intakes,
        PlanFoods planFoods, IReadOnlyList<CalculatorError>? refused = null)
    {
        var (input, parseErrors) = CalculatorParser.Parse(text, findFood, refused);
        var validation = validator.Validate(input);
        var errors = parseErrors
            .Concat(validation.Errors.Select(f => new CalculatorError(f.PropertyName, (f.CustomState as ItemFailure)?.Index, f.ErrorMessage)))
            .OrderBy(e => Order(e.Parameter)).ThenBy(e => e.ItemIndex)
            .ToList();
        return Calculate(input, errors, intakes, planFoods);
    }

    static readonly Dictionary<string, int> ParameterOrder = P.All.Select((parameter, index) => (parameter, index)).ToDictionary(p => p.parameter, p => p.index);

    static int Order(string parameter) => ParameterOrder.GetValueOrDefault(parameter, int.MaxValue);

    /// <summary>The arithmetic and the plan for values already read and checked.</summary>
    public static Calculation Calculate(
        CalculatorInput input, IReadOnlyList<CalculatorError> errors, AdequateIntakeTable intakes, PlanFoods planFoods)
    {
        var invalid = errors.Where(e => e.ItemIndex is null).Select(e => e.Parameter).ToHashSet();
        var invalidItems = errors.Where(e => e.ItemIndex is not null).Select(e => e.ItemIndex!.Value).ToHashSet();
        var counted = input.Items.Where(i => i.IsRead && !invalidItems.Contains(i.Index)).ToList();

        var supplement = SupplementOf(input, invalid);
        var target = TargetOf(input, invalid, intakes);
        var result = IntakeCalculator.Calculate(counted.Select(i => i.ToFoodEaten()).ToList(), supplement, target);

        var amounts = counted.Zip(result.Items).ToDictionary(p => p.First.Index, p => p.Second);
        var lines = input.Items.Select(item => new ItemLine(item, amounts.GetValueOrDefault(item.Index),
            errors.Where(e => e.ItemIndex == item.Index).Select(e => e.Message).ToList())).ToList();

        var plan = GapPlanner.Decide(new PlanConditions(
            AnyFieldInvalid: errors.Count > 0,
            LimitGiven: input.Text.HasAny(P.Limits),
            Target: target,
            AgeYears: invalid.Contains(P.Age) ? null : input.Age,
            FoodsEntered: counted.Count,
            RemainingMg: result.RemainingMg,
            PrescriptionStrength: input.Strength is { IsPrescriptionStrength: true } || P.Strengths.Skip(1).Any(input.Given)),
            planFoods);
        return new Calculation(input, errors, lines, supplement, result, plan, intakes);
    }

    /// <summary>Tablets count only when every supplement field is valid: the strength given (99 mg by default) x the count (1 by default).</summary>
    static Supplement? SupplementOf(CalculatorInput input, HashSet<string> invalid)
    {
        if (!input.Text.HasAny(P.Supplements) || P.Supplements.Any(invalid.Contains)) return null;
        return new Supplement(input.Strength ?? SupplementStrength.Default, (int)(input.SupplementCount ?? 1));
    }

    /// <summary>
    /// A wrong target is worse than none: when any target field is given and not valid there is no target,
    /// and a limit that was given never falls back to the Adequate Intake. Otherwise the clinician's limit
    /// when one is given, else the person's Adequate Intake when age (and from 9, sex) say which.
    /// </summary>
    static Target? TargetOf(CalculatorInput input, HashSet<string> invalid, AdequateIntakeTable intakes)
    {
        if (P.TargetFields.Any(invalid.Contains)) return null;
        var row = input.Age is { } age ? intakes.Find((double)age, input.Sex, input.Stage) : null;
        if (input.Limit is { } limit) return Target.ClinicianLimit(limit, row);
        return row is null ? null : Target.AdequateIntakeOf(row);
    }
}
