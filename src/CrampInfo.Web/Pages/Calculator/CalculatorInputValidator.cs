using CrampInfo.Web.Intake;
using FluentValidation;
using FluentValidation.Results;

namespace CrampInfo.Web.Pages.Calculator;

/// <summary>
/// The interface's rules for the calculator's query string. Each failure is keyed by the parameter's public
/// name (<c>age</c>, <c>items</c>, ...) and its message names the value and the rule. Item failures carry the
/// item's index as <see cref="ValidationFailure.CustomState"/>, so the page can show them beside their row.
/// </summary>
public sealed class CalculatorInputValidator : AbstractValidator<CalculatorInput>
{
    public CalculatorInputValidator()
    {
        RuleFor(x => x.RepeatedParameters).Custom((keys, context) =>
        {
            foreach (var key in keys)
                Fail(context, key, $"The setting \"{key}\" was given more than once; give it once.");
        });

        RuleFor(x => x.Age).Custom((age, context) =>
        {
            if (!CalculatorInput.Given(age)) return;
            var value = InputNumber.Parse(age);
            if (value is null)
                Fail(context, CalculatorInput.AgeKey, $"Age {Quote(age)} is not a number. Write it in digits, with a point for decimals (for example 45, or 0.5 for six months).");
            else if (value < 0 || value > 120)
                Fail(context, CalculatorInput.AgeKey, $"Age {InputNumber.Show(value.Value)} is outside the range this calculator covers: 0 to 120 years.");
        });

        RuleFor(x => x.Sex).Custom((sex, context) =>
        {
            if (CalculatorInput.Given(sex) && context.InstanceToValidate.SexValue is null)
                Fail(context, CalculatorInput.SexKey, $"Sex {Quote(sex)} is not one of the choices: female or male.");
        });

        RuleFor(x => x.Stage).Custom((stage, context) =>
        {
            if (!CalculatorInput.Given(stage)) return;
            var input = context.InstanceToValidate;
            if (input.StageValue is not { } value)
            {
                Fail(context, CalculatorInput.StageKey, $"Pregnancy or breastfeeding {Quote(stage)} is not one of the choices: pregnant or lactating (breastfeeding).");
                return;
            }
            var what = value == Intake.Stage.Pregnant ? "Pregnancy" : "Breastfeeding";
            var age = input.AgeValue;
            if (input.SexValue != Intake.Sex.Female)
                Fail(context, CalculatorInput.StageKey, $"{what} applies only with sex female, aged 14 to 50.");
            else if (age is null)
                Fail(context, CalculatorInput.StageKey, $"{what} needs an age from 14 to 50.");
            else if (age < 14 || age >= 51)
                Fail(context, CalculatorInput.StageKey, $"{what} applies to ages 14 to 50; age {InputNumber.Show(age.Value)} is outside that.");
        });

        RuleFor(x => x.Items).Custom((_, context) => CheckItems(context.InstanceToValidate, context));

        RuleFor(x => x.SupplementMg).Custom((text, context) =>
            CheckRange(context, CalculatorInput.SupplementMgKey, text, "Supplement strength", 1, 2000, " mg"));

        RuleFor(x => x.SupplementMeq).Custom((text, context) =>
        {
            CheckRange(context, CalculatorInput.SupplementMeqKey, text, "Supplement strength", 0.1m, 50, " mEq");
            if (CalculatorInput.Given(text) && CalculatorInput.Given(context.InstanceToValidate.SupplementMg))
                Fail(context, CalculatorInput.SupplementMeqKey, "Give the supplement strength in mg or in mEq, not both.");
        });

        RuleFor(x => x.SupplementCount).Custom((text, context) =>
        {
            if (!CalculatorInput.Given(text)) return;
            if (context.InstanceToValidate.SupplementCountValue is not { } count || count < 0 || count > 20)
                Fail(context, CalculatorInput.SupplementCountKey, $"Tablets a day {Quote(text)} must be a whole number from 0 to 20.");
        });

        RuleFor(x => x.LimitMg).Custom((text, context) =>
            CheckRange(context, CalculatorInput.LimitMgKey, text, "The daily limit", 500, 10000, " mg"));
    }

    static void CheckItems(CalculatorInput input, ValidationContext<CalculatorInput> context)
    {
        if (input.Items.Count > CalculatorInput.MaxItems)
            Fail(context, CalculatorInput.ItemsKey,
                $"There are {input.Items.Count:#,0} foods in the list; the calculator takes at most {CalculatorInput.MaxItems}. Only the first {CalculatorInput.MaxItems} are counted.");

        foreach (var (index, item) in input.ConsideredItems)
        {
            var problem = ItemProblem(item, input);
            if (problem is not null)
                context.AddFailure(new ValidationFailure(CalculatorInput.ItemsKey, $"Food {index + 1} ({Quote(item.Raw)}): {problem}")
                {
                    CustomState = new ItemFailure(index),
                });
        }
    }

    /// <summary>What is wrong with one item, or null.</summary>
    static string? ItemProblem(ItemText item, CalculatorInput input)
    {
        if (!item.WellFormed)
            return "write it as food number, portion and quantity, separated by colons (for example 09040:5:2 for two medium bananas).";
        if (!item.NdbValid)
            return $"the food number {Quote(item.Ndb)} must be exactly 5 digits.";
        if (!input.Foods.TryGetValue(item.Ndb, out var food))
            return $"there is no food number {item.Ndb} in the food table.";
        if (!item.IsGrams && item.PortionSeq is null)
            return $"the portion {Quote(item.Portion)} must be one of the food's portion numbers, or g for grams.";
        var portion = item.IsGrams ? null : food.Portions.FirstOrDefault(p => p.Seq == item.PortionSeq);
        if (!item.IsGrams && portion is null)
            return $"{food.Description} (food {food.Ndb}) has no portion {item.Portion}. Its portions are {string.Join(", ", food.Portions.OrderBy(p => p.Seq).Select(p => p.Seq))}, or g for grams.";
        if (item.QuantityValue is not { } quantity)
            return CalculatorInput.Given(item.Quantity)
                ? $"the quantity {Quote(item.Quantity)} is not a number. Write it in digits, with a point for decimals (for example 1.5)."
                : "the quantity is missing.";
        if (item.IsGrams)
        {
            if (quantity <= 0 || quantity > CalculatorInput.MaxItemGrams)
                return $"{InputNumber.Show(quantity)} g is outside the range: above 0 and at most {CalculatorInput.MaxItemGrams:#,0} g.";
            return null;
        }
        if (quantity <= 0 || quantity > CalculatorInput.MaxPortionQuantity)
            return $"the quantity {InputNumber.Show(quantity)} is outside the range: above 0 and at most {CalculatorInput.MaxPortionQuantity:0}.";
        var grams = (decimal)portion!.Grams * quantity;
        if (grams > CalculatorInput.MaxItemGrams)
            return $"{InputNumber.Show(quantity)} x {portion.Measure} weighs {InputNumber.Show(Rounding.Grams(grams))} g; one food can be at most {CalculatorInput.MaxItemGrams:#,0} g.";
        return null;
    }

    static void CheckRange(ValidationContext<CalculatorInput> context, string key, string? text, string what, decimal min, decimal max, string unit)
    {
        if (!CalculatorInput.Given(text)) return;
        var value = InputNumber.Parse(text);
        if (value is null)
            Fail(context, key, $"{what} {Quote(text)} is not a number. Write it in digits, with a point for decimals.");
        else if (value < min || value > max)
            Fail(context, key, $"{what} {InputNumber.Show(value.Value)}{unit} is outside the range {InputNumber.Show(min)} to {InputNumber.Show(max)}{unit}.");
    }

    static void Fail(ValidationContext<CalculatorInput> context, string key, string message) =>
        context.AddFailure(new ValidationFailure(key, message));

    /// <summary>A value as typed, quoted and cut short: messages name it, but a 100 KB value is not repeated back.</summary>
    public static string Quote(string? value)
    {
        value ??= "";
        var shown = value.Length > 40 ? value[..40] + "..." : value;
        var printable = new string(shown.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return $"\"{printable}\"";
    }
}

/// <summary>Marks a failure as belonging to the item at <paramref name="Index"/> of <c>items</c>.</summary>
public sealed record ItemFailure(int Index);
