using CrampInfo.Web.Data;
using CrampInfo.Web.Intake;
using FluentValidation;

namespace CrampInfo.Web.Settings;

/// <summary>
/// The <c>FeaturedFoods</c> setting: the calculator's quick-add foods, each a food number and one of its portions,
/// with what a person calls one and several of it. The setting replaces the whole list; without it, the article's
/// five foods. The article pages always speak of the article's five foods.
/// </summary>
public sealed class FeaturedFoodsOptions
{
    public const string Section = "FeaturedFoods";

    public List<FeaturedFoodEntry> Foods { get; set; } = [];

    public IReadOnlyList<FoodPortionRef> FoodsOrDefault => Foods.Count == 0
        ? ArticleFoods.All
        : Foods.Select(f => new FoodPortionRef(f.Ndb!.Trim(), int.Parse(f.Seq!.Trim(), System.Globalization.CultureInfo.InvariantCulture), f.Name, f.PluralName)).ToList();
}

/// <summary>One entry of <c>FeaturedFoods</c>, as written (<c>FeaturedFoods__0__Ndb=09040</c>, <c>__Seq=5</c>, ...).</summary>
public sealed class FeaturedFoodEntry
{
    public string? Ndb { get; set; }
    public string? Seq { get; set; }
    public string? Name { get; set; }
    public string? PluralName { get; set; }
}

public sealed class FeaturedFoodsOptionsValidator : AbstractValidator<FeaturedFoodsOptions>
{
    public FeaturedFoodsOptionsValidator() =>
        RuleForEach(o => o.Foods).Must(f => f.Ndb is not null && FoodNumber.IsValid(f.Ndb.Trim()) && f.Seq is not null && f.Seq.Trim().All(char.IsAsciiDigit) && f.Seq.Trim().Length is > 0 and < 5
                                          && SettingRules.IsShortText(f.Name, 60) && SettingRules.IsShortText(f.PluralName, 60))
            .WithMessage("each needs Ndb (5 digits) and Seq (a portion number), and a Name and PluralName of at most 60 characters");
}
