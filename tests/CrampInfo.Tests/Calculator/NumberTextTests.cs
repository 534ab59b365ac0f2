using CrampInfo.Web.Pages.Calculator;

namespace CrampInfo.Tests.Calculator;

/// <summary>The one set of rules for numbers: plain decimals in links, numbers as people type them in the form.</summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData("45", 45)]
    [InlineData(" 45 ", 45)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("2.000", 2)]        // a plain decimal in a link; only the form refuses it
    [InlineData("-1", -1)]          // read, so the range rule can name it
    [InlineData("9999.9999999999", 9999.9999999999)]
    public void Canonical_parameters_take_plain_decimals(string text, decimal value) => Assert.Equal(value, NumberText.ParseCanonical(text));

    [Theory]
    [InlineData("2,000")]
    [InlineData("1,5")]
    [InlineData("2 g")]
    [InlineData("60 mEq")]
    [InlineData("1e3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x1F")]
    [InlineData("+5")]
    [InlineData("１２")]
    [InlineData("12345678901")]
    [InlineData("")]
    public void Canonical_parameters_refuse_anything_else(string text) => Assert.Null(NumberText.ParseCanonical(text));

    [Theory]
    [InlineData("2,000", 2000, TypedUnit.None)]
    [InlineData("2000", 2000, TypedUnit.None)]
    [InlineData(" 45 ", 45, TypedUnit.None)]
    [InlineData("1,500.5", 1500.5, TypedUnit.None)]
    [InlineData("2 g", 2, TypedUnit.G)]
    [InlineData("2g", 2, TypedUnit.G)]
    [InlineData("2 grams a day", 2, TypedUnit.G)]
    [InlineData("2000 mg", 2000, TypedUnit.Mg)]
    [InlineData("2,000 mg/day", 2000, TypedUnit.Mg)]
    [InlineData("60 mEq", 60, TypedUnit.Meq)]
    [InlineData("60 meq per day", 60, TypedUnit.Meq)]
    [InlineData("60 mmol", 60, TypedUnit.Meq)]
    [InlineData("0.125", 0.125, TypedUnit.None)] // "0" is no thousands group: not ambiguous
    [InlineData("1.5", 1.5, TypedUnit.None)]
    [InlineData("2.0000", 2, TypedUnit.None)]
    public void The_form_reads_numbers_as_people_type_them(string text, decimal value, TypedUnit unit)
    {
        var number = NumberText.ReadTyped(text, TypedUnit.Mg, TypedUnit.G, TypedUnit.Meq)!;
        Assert.True(number.IsRead, $"{text}: {number.Problem}");
        Assert.Equal(value, number.Value);
        Assert.Equal(unit, number.Unit);
    }

    [Theory]
    [InlineData("1,5", NumberProblem.DecimalComma)]     // never a silent 15
    [InlineData("4,5", NumberProblem.DecimalComma)]
    [InlineData("2,0000", NumberProblem.DecimalComma)]
    [InlineData("1,5 mg", NumberProblem.DecimalComma)]
    [InlineData("2.000", NumberProblem.AmbiguousPoint)]  // never a silent 2
    [InlineData("12.500", NumberProblem.AmbiguousPoint)]
    [InlineData("2.000 mg", NumberProblem.AmbiguousPoint)]
    [InlineData("1.2.3", NumberProblem.NotANumber)]
    [InlineData("two", NumberProblem.NotANumber)]
    [InlineData("NaN", NumberProblem.NotANumber)]
    [InlineData("5 kg", NumberProblem.UnknownUnit)]
    [InlineData("1e309", NumberProblem.NotANumber)]
    public void The_form_refuses_what_it_cannot_read_for_sure(string text, NumberProblem problem)
    {
        var number = NumberText.ReadTyped(text, TypedUnit.Mg, TypedUnit.G, TypedUnit.Meq)!;
        Assert.False(number.IsRead);
        Assert.Equal(problem, number.Problem);
    }

    [Fact]
    public void A_field_without_units_refuses_one_and_a_blank_field_is_absent()
    {
        Assert.Equal(NumberProblem.UnknownUnit, NumberText.ReadTyped("45 years")!.Problem);
        Assert.Equal(NumberProblem.UnknownUnit, NumberText.ReadTyped("2 g")!.Problem);
        Assert.Null(NumberText.ReadTyped(""));
        Assert.Null(NumberText.ReadTyped("   "));
        Assert.Null(NumberText.ReadTyped(null));
    }

    [Theory]
    [InlineData("2.000", "could mean 2 or 2,000. For 2,000, write 2000 or 2,000; for 2, write 2.")]
    [InlineData("1,5", "has a comma that is not between groups of three digits. Write decimals with a point (1.5)")]
    public void Refusals_say_how_to_write_it(string text, string expected) =>
        Assert.Contains(expected, CalculatorMessages.Typed("The daily limit", text, NumberText.ReadTyped(text)!.Problem!.Value, takesUnits: true));
}
