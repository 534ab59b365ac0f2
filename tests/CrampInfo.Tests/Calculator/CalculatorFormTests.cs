using CrampInfo.Web.Pages.Calculator;

namespace CrampInfo.Tests.Calculator;

/// <summary>
/// The no-JavaScript form without the app: numbers as people type them become the canonical link; what it
/// cannot read for sure ("1,5", "2.000") is refused with a message, never guessed.
/// </summary>
public sealed class CalculatorFormTests
{
    static CalculatorForm.Reading Read(string fields) => CalculatorForm.Read(OnePass.Query("form=calculator&" + fields));

    [Theory]
    [InlineData("limit=2%2C000", "/calculator?limit-mg=2000")]
    [InlineData("limit=2000", "/calculator?limit-mg=2000")]
    [InlineData("limit=2+g", "/calculator?limit-mg=2000")]
    [InlineData("limit=2g", "/calculator?limit-mg=2000")]
    [InlineData("limit=1.5+g", "/calculator?limit-mg=1500")]
    [InlineData("limit=2000+mg", "/calculator?limit-mg=2000")]
    [InlineData("limit=2%2C000+mg+a+day", "/calculator?limit-mg=2000")]
    [InlineData("limit=60+mEq", "/calculator?limit-meq=60")]
    [InlineData("limit=60+meq%2Fday", "/calculator?limit-meq=60")]
    [InlineData("limit=+", "/calculator")]                                   // blank is absent
    [InlineData("age=+45+", "/calculator?age=45")]
    [InlineData("age=030", "/calculator?age=30")]
    [InlineData("supplement-strength=99&supplement-unit=mg", "/calculator?supplement-mg=99")]
    [InlineData("supplement-strength=8&supplement-unit=meq&supplement-count=2", "/calculator?supplement-meq=8&supplement-count=2")]
    [InlineData("supplement-strength=1%2C500&supplement-unit=kcl-mg", "/calculator?supplement-kcl-mg=1500")]
    [InlineData("supplement-strength=1.5+g&supplement-unit=kcl-mg", "/calculator?supplement-kcl-mg=1500")]
    [InlineData("supplement-strength=20+mEq&supplement-unit=mg", "/calculator?supplement-meq=20")]   // the label's unit wins
    [InlineData("supplement-strength=99+mg&supplement-unit=meq", "/calculator?supplement-mg=99")]
    [InlineData("food=09040&portion=5&qty=1%2C000", "/calculator?items=09040:5:1000")]
    [InlineData("food=09040&portion=5&qty=+1.50+", "/calculator?items=09040:5:1.5")]
    public void Numbers_as_people_type_them_become_the_canonical_link(string fields, string link)
    {
        var reading = Read(fields);
        Assert.Empty(reading.Refused);
        Assert.Equal(link, reading.Link.ToUrl());
    }

    [Theory]
    [InlineData("limit=1%2C5", "limit-mg", "has a comma that is not between groups of three digits")]
    [InlineData("limit=2.000", "limit-mg", "could mean 2 or 2,000")]
    [InlineData("limit=2.000+mg", "limit-mg", "could mean 2 or 2,000")]
    [InlineData("limit=60+kg", "limit-mg", "Write digits, then mg, g or mEq")]
    [InlineData("age=4%2C5", "age", "Write decimals with a point (1.5)")]
    [InlineData("age=45+years", "age", "Write digits only")]
    [InlineData("supplement-strength=2.000&supplement-unit=mg", "supplement-mg", "could mean 2 or 2,000")]
    [InlineData("supplement-strength=1%2C5&supplement-unit=meq", "supplement-meq", "comma")]
    [InlineData("supplement-strength=abc&supplement-unit=kcl-mg", "supplement-kcl-mg", "not a number we can read")]
    [InlineData("supplement-count=1%2C5", "supplement-count", "comma")]
    public void A_number_it_cannot_read_for_sure_is_refused_with_a_message_on_its_parameter(string fields, string parameter, string expected)
    {
        var reading = Read(fields);
        var refused = Assert.Single(reading.Refused);
        Assert.Equal(parameter, refused.Parameter);
        Assert.Contains(expected, refused.Message);

        // The page then shows that message once, the value as typed, and no target.
        var calculation = OnePass.Evaluate(reading);
        Assert.Equal(refused.Message, Assert.Single(calculation.Errors).Message);
        Assert.Null(calculation.Result.Target);
        Assert.Null(calculation.Plan.Plan);
    }

    [Fact]
    public void A_refused_quantity_keeps_its_row_with_its_food_and_portion()
    {
        var reading = Read("age=45&sex=female&food=09040&portion=5&qty=1&food=11674&portion=3&qty=1%2C5");
        var refused = Assert.Single(reading.Refused);
        Assert.Equal(("items", (int?)1), (refused.Parameter, refused.ItemIndex));

        var calculation = OnePass.Evaluate(reading);
        Assert.StartsWith("Food 2 (Potatoes, baked, flesh and skin, without salt): The quantity \"1,5\" has a comma", Assert.Single(calculation.Errors).Message);
        var row = calculation.Lines[1];
        Assert.Equal("11674", row.Item.Food!.Ndb);
        Assert.Equal(3, row.Item.Portion!.Seq);
        Assert.Equal("1,5", row.Item.QuantityText);
        Assert.Null(row.Amounts);
        Assert.Equal(422.44m, calculation.Result.Totals.PotassiumMg); // the banana is still counted
    }
}
