using FluentValidation;
using FluentValidation.Results;
using P = CrampInfo.Web.Pages.Calculator.CalculatorParameters;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// The interface's rules for the calculator's values, over what the parser read (FluentValidation, called by
/// hand). A value the parser could not read is null here and is not checked again, and a value breaking two
/// rules gets one message: each failure is keyed by the parameter's public name (<c>age</c>, <c>items</c>,
/// ...); an item's failure carries its index as <see cref="ValidationFailure.CustomState"/> (an <see cref="ItemFailure"/>).
/// </summary>
public sealed class CalculatorInputValidator : AbstractValidator<CalculatorInput>
{
    public CalculatorInputValidator()
    {
        RuleFor(x => x.Age!.Value)
            .InclusiveBetween(P.MinAge, P.MaxAge).WithMessage((_, age) => CalculatorMessages.AgeOutside(age))
            .OverridePropertyName(P.Age)
            .When(x => x.Age is not null);

        // Pregnancy and breastfeeding: for a woman of 14 to 50, when her sex and age are known to be valid or absent.
        RuleFor(x => x.Stage!.Value).Custom((stage, context) =>
        {
            var input = context.InstanceToValidate;
            if (input.Sex != Intake.Sex.Female)
                context.AddFailure(P.Stage, CalculatorMessages.StageNeedsFemale(stage));
            else if (input.Age is not { } age)
                context.AddFailure(P.Stage, CalculatorMessages.StageNeedsAge(stage));
            else if (age < P.MinStageAge || age >= P.StageAgeBelow)
                context.AddFailure(P.Stage, CalculatorMessages.StageAgeOutside(stage, age));
        }).When(x => x.Stage is not null && !x.Unreadable.Contains(P.Sex) && !x.Unreadable.Contains(P.Age) && x.Age is null or (>= P.MinAge and <= P.MaxAge));

        RuleFor(x => x.ItemsGiven)
            .LessThanOrEqualTo(P.MaxItems).WithMessage((_, count) => CalculatorMessages.TooManyItems(count))
            .OverridePropertyName(P.Items);

        RuleForEach(x => x.Items).Where(item => item.IsRead).Custom((item, context) =>
        {
            if (ItemProblem(item) is { } problem)
                context.AddFailure(new ValidationFailure(P.Items, CalculatorMessages.Item(item.Index, item.Text, problem))
                {
                    CustomState = new ItemFailure(item.Index),
                });
        });

        // One strength at most: a second or third one is the error, and its range is then not checked too.
        OneOfRule(x => x.SupplementMg, P.SupplementMg, P.Strengths, P.MinSupplementMg, P.MaxSupplementMg, CalculatorMessages.OneStrength, CalculatorMessages.StrengthOutside);
        OneOfRule(x => x.SupplementMeq, P.SupplementMeq, P.Strengths, P.MinSupplementMeq, P.MaxSupplementMeq, CalculatorMessages.OneStrength, CalculatorMessages.StrengthOutside);
        OneOfRule(x => x.SupplementKclMg, P.SupplementKclMg, P.Strengths, P.MinSupplementKclMg, P.MaxSupplementKclMg, CalculatorMessages.OneStrength, CalculatorMessages.StrengthOutside);

        RuleFor(x => x.SupplementCount!.Value)
            .Must(count => count == decimal.Truncate(count) && count >= 0 && count <= P.MaxSupplementCount)
            .WithMessage((_, count) => CalculatorMessages.CountOutside(count))
            .OverridePropertyName(P.SupplementCount)
            .When(x => x.SupplementCount is not null);

        OneOfRule(x => x.LimitMg, P.LimitMg, P.Limits, P.MinLimitMg, P.MaxLimitMg, CalculatorMessages.OneLimit, CalculatorMessages.LimitOutside);
        OneOfRule(x => x.LimitMeq, P.LimitMeq, P.Limits, P.MinLimitMeq, P.MaxLimitMeq, CalculatorMessages.OneLimit, CalculatorMessages.LimitOutside);
    }

    /// <summary>
    /// A value given in one of several ways (a tablet's strength in mg, mEq or mg of potassium chloride; a limit in mg
    /// or mEq): only one of them, and within its range. The first one given is checked; a later one is the error.
    /// </summary>
    void OneOfRule(System.Linq.Expressions.Expression<Func<CalculatorInput, decimal?>> value, string parameter, IReadOnlyList<string> alternatives,
        decimal min, decimal max, string oneOfMessage, Func<string, decimal, string> outsideMessage)
    {
        var earlier = alternatives.TakeWhile(p => p != parameter).ToList();
        var read = value.Compile();
        RuleFor(value).Cascade(CascadeMode.Stop)
            .Must((input, _) => !earlier.Any(input.Given)).WithMessage(oneOfMessage)
            .Must(v => v >= min && v <= max).WithMessage((_, v) => outsideMessage(parameter, v!.Value))
            .OverridePropertyName(parameter)
            .When(x => read(x) is not null);
    }

    /// <summary>What is wrong with a read item's amount, or null.</summary>
    static string? ItemProblem(ItemInput item)
    {
        var quantity = item.Quantity!.Value;
        if (item.IsGrams)
            return quantity <= 0 || quantity > P.MaxItemGrams ? CalculatorMessages.ItemGramsOutside(quantity) : null;
        if (quantity <= 0 || quantity > P.MaxPortionQuantity)
            return CalculatorMessages.ItemQuantityOutside(quantity);
        return item.Grams > P.MaxItemGrams ? CalculatorMessages.ItemTooHeavy(quantity, Data.PortionLabel.Of(item.Portion!), item.Grams) : null;
    }
}

/// <summary>Marks a failure as belonging to the item at <paramref name="Index"/> of <c>items</c>.</summary>
public sealed record ItemFailure(int Index);
