using CrampInfo.Web.Data;
using CrampInfo.Web.Pages.Calculator;
using FluentValidation.TestHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CrampInfo.Tests.Calculator;

/// <summary>The interface's validation rules, with messages that name the value and the rule.</summary>
public sealed class CalculatorInputValidatorTests
{
    readonly CalculatorInputValidator validator = new();

    static readonly Food Banana = new()
    {
        Ndb = "09040", Description = "Bananas, raw", FoodGroup = "Fruits and Fruit Juices", PotassiumMgPer100g = 358,
        Portions = [new() { Ndb = "09040", Seq = 5, Amount = 1, Measure = "medium", Grams = 118 }, new() { Ndb = "09040", Seq = 1, Amount = 1, Measure = "cup, mashed", Grams = 225 }],
    };

    static CalculatorInput Input(string query)
    {
        var input = CalculatorInput.FromQuery(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)));
        input.Foods = new Dictionary<string, Food> { [Banana.Ndb] = Banana };
        return input;
    }

    string Message(string query, string key) =>
        Assert.Single(validator.TestValidate(Input(query)).Errors, e => e.PropertyName == key).ErrorMessage;

    [Theory]
    [InlineData("")]
    [InlineData("?age=45&sex=female&items=09040:5:2")]
    [InlineData("?age=0")]
    [InlineData("?age=120&sex=male")]
    [InlineData("?age=0.5")]
    [InlineData("?age=30&sex=female&stage=pregnant")]
    [InlineData("?age=14&sex=female&stage=lactating")]
    [InlineData("?age=50.9&sex=female&stage=pregnant")]
    [InlineData("?items=09040:5:42")]
    [InlineData("?items=09040:g:5000")]
    [InlineData("?items=09040:5:0.01")]
    [InlineData("?supplement-mg=1&supplement-count=20")]
    [InlineData("?supplement-mg=2000")]
    [InlineData("?supplement-meq=0.1")]
    [InlineData("?supplement-meq=50&supplement-count=0")]
    [InlineData("?supplement-count=2")]
    [InlineData("?limit-mg=500")]
    [InlineData("?limit-mg=10000")]
    [InlineData("?sex=Female")]
    [InlineData("?items=09040:5:1&items=09040:1:1")]
    [InlineData("?embed=1&utm_source=clinic")]
    public void Valid_queries_pass(string query) => validator.TestValidate(Input(query)).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("?age=abc", "age", "Age \"abc\" is not a number")]
    [InlineData("?age=-1", "age", "Age -1 is outside the range this calculator covers: 0 to 120 years")]
    [InlineData("?age=121", "age", "0 to 120")]
    [InlineData("?age=4,5", "age", "\"4,5\" is not a number")]
    [InlineData("?age=NaN", "age", "\"NaN\" is not a number")]
    [InlineData("?age=Infinity", "age", "\"Infinity\"")]
    [InlineData("?age=1e309", "age", "\"1e309\" is not a number")]
    [InlineData("?sex=other", "sex", "Sex \"other\" is not one of the choices: female or male")]
    [InlineData("?stage=pregnant&sex=male&age=30", "stage", "Pregnancy applies only with sex female")]
    [InlineData("?stage=pregnant&sex=female", "stage", "Pregnancy needs an age from 14 to 50")]
    [InlineData("?stage=lactating&sex=female&age=13", "stage", "Breastfeeding applies to ages 14 to 50; age 13 is outside that")]
    [InlineData("?stage=lactating&sex=female&age=51", "stage", "age 51 is outside that")]
    [InlineData("?stage=expecting&sex=female&age=30", "stage", "\"expecting\" is not one of the choices")]
    [InlineData("?supplement-mg=0", "supplement-mg", "Supplement strength 0 mg is outside the range 1 to 2,000 mg")]
    [InlineData("?supplement-mg=2001", "supplement-mg", "2,001 mg is outside the range")]
    [InlineData("?supplement-meq=0.05", "supplement-meq", "0.05 mEq is outside the range 0.1 to 50 mEq")]
    [InlineData("?supplement-meq=5&supplement-mg=99", "supplement-meq", "not both")]
    [InlineData("?supplement-count=21", "supplement-count", "\"21\" must be a whole number from 0 to 20")]
    [InlineData("?supplement-count=1.5", "supplement-count", "\"1.5\" must be a whole number")]
    [InlineData("?limit-mg=499", "limit-mg", "The daily limit 499 mg is outside the range 500 to 10,000 mg")]
    [InlineData("?limit-mg=10001", "limit-mg", "10,001 mg")]
    [InlineData("?age=30&age=40", "age", "\"age\" was given more than once")]
    [InlineData("?limit-mg=900&limit-mg=900", "limit-mg", "more than once")]
    public void Each_rule_names_the_value_and_the_rule(string query, string key, string expected) =>
        Assert.Contains(expected, Message(query, key));

    [Theory]
    [InlineData("09040:5", "write it as food number, portion and quantity")]
    [InlineData("9040:5:1", "the food number \"9040\" must be exactly 5 digits")]
    [InlineData("12345:1:1", "there is no food number 12345 in the food table")]
    [InlineData("09040:9:1", "Bananas, raw (food 09040) has no portion 9. Its portions are 1, 5, or g for grams")]
    [InlineData("09040:x:1", "the portion \"x\" must be one of the food's portion numbers")]
    [InlineData("09040:5:", "the quantity is missing")]
    [InlineData("09040:5:two", "the quantity \"two\" is not a number")]
    [InlineData("09040:5:0", "the quantity 0 is outside the range: above 0 and at most 100")]
    [InlineData("09040:5:101", "at most 100")]
    [InlineData("09040:1:25", "25 x cup, mashed weighs 5,625 g; one food can be at most 5,000 g")]
    [InlineData("09040:g:5001", "5,001 g is outside the range: above 0 and at most 5,000 g")]
    [InlineData("09040:g:0", "0 g is outside the range")]
    public void Each_item_rule_names_the_item_and_is_keyed_items_with_its_index(string item, string expected)
    {
        var errors = validator.TestValidate(Input($"?items=09040:5:1,{item}")).Errors;
        var error = Assert.Single(errors);
        Assert.Equal("items", error.PropertyName);
        Assert.Equal(new ItemFailure(1), error.CustomState);
        Assert.StartsWith($"Food 2 (\"{item}\")", error.ErrorMessage);
        Assert.Contains(expected, error.ErrorMessage);
    }

    [Fact]
    public void More_than_30_items_is_an_error_and_only_the_first_30_are_looked_at()
    {
        var items = string.Join(',', Enumerable.Repeat("09040:5:1", 31));
        var input = Input($"?items={items},99999:1:1");
        var error = Assert.Single(validator.TestValidate(input).Errors);
        Assert.Equal("items", error.PropertyName);
        Assert.Contains("There are 32 foods in the list; the calculator takes at most 30", error.ErrorMessage);
        Assert.Equal(30, input.ConsideredItems.Count());
    }

    [Fact]
    public void A_huge_value_is_quoted_short_and_without_control_characters()
    {
        var quoted = CalculatorInputValidator.Quote(new string('9', 5000) + "\0");
        Assert.True(quoted.Length < 50);
        Assert.EndsWith("...\"", quoted);
        Assert.DoesNotContain('\0', CalculatorInputValidator.Quote("a\0b"));
    }

    [Fact]
    public void Repeated_items_parameters_are_joined_not_rejected()
    {
        var input = CalculatorInput.FromQuery(new QueryCollection(new Dictionary<string, StringValues> { ["items"] = new(["09040:5:1", "09040:1:1,"]) }));
        Assert.Equal(["09040:5:1", "09040:1:1"], input.Items);
        Assert.Empty(input.RepeatedParameters);
    }
}
