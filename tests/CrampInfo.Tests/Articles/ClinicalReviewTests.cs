using CrampInfo.Web.Citations;
using System.Globalization;
using AngleSharp.Dom;
using CrampInfo.Tests.Infrastructure;
using CrampInfo.Web.Intake;
using CrampInfo.Web.Site;

namespace CrampInfo.Tests.Articles;

/// <summary>
/// What the clinical review asked the article pages to say: each fact on the page, its figure rendered from
/// <see cref="ReferenceFigures"/> and cited to the source that gives it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ClinicalReviewTests(AppFixture app)
{
    static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A block's own text: a list item without the items of a list nested in it.</summary>
    static string OwnText(IElement block) =>
        string.Join(' ', block.ChildNodes
            .Where(n => n is not IElement { LocalName: "ul" or "ol" })
            .Select(n => n.TextContent)
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The first paragraph or list item in the page's main text that says this, in page order.</summary>
    static IElement FirstBlockWith(IDocument page, string phrase) =>
        page.QuerySelectorAll("main p, main li").FirstOrDefault(b => OwnText(b).Contains(phrase, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"No paragraph or list item says \"{phrase}\".");

    /// <summary>The source numbers a block cites itself (not those of a list nested in it).</summary>
    static HashSet<int> CitedBy(IElement block) =>
        block.QuerySelectorAll("sup.cite a")
            .Where(a => a.Closest("p, li") == block)
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('-')[^1], CultureInfo.InvariantCulture))
            .ToHashSet();

    static void AssertCites(IElement block, params string[] keys)
    {
        var cited = CitedBy(block);
        foreach (var key in keys)
            Assert.True(cited.Contains(Sources.NumberOf(key)), $"\"{OwnText(block)}\" does not cite {key} (source {Sources.NumberOf(key)})");
    }

    /// <summary>The elements after the heading with this id, up to the next heading of the same or a higher level.</summary>
    static string SectionText(IDocument page, string headingId)
    {
        var heading = page.GetElementById(headingId) ?? throw new Xunit.Sdk.XunitException($"No heading #{headingId}.");
        var level = heading.LocalName[1];
        var text = new List<string>();
        for (var e = heading.NextElementSibling; e is not null && !(e.LocalName is ['h', var l] && l <= level); e = e.NextElementSibling)
            text.Add(e.TextContent);
        return string.Join(' ', string.Join(' ', text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task High_potassium_has_one_threshold_and_danger_level_from_one_named_source()
    {
        var page = await app.Client.DocumentAsync("/hypokalemia");
        var high = ReferenceFigures.HyperkalemiaAboveMmolPerL;
        var dangerous = ReferenceFigures.DangerousHyperkalemiaAboveMmolPerL;

        Assert.Equal(high.SourceKey, dangerous.SourceKey);
        Assert.Equal(("mmol/L", "mmol/L"), (high.Unit, dangerous.Unit));
        Assert.True(dangerous.Value > high.Value);
        var block = FirstBlockWith(page, $"above {high.Display}");
        Assert.Contains($"above {dangerous.Display}", OwnText(block), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("danger", OwnText(block));
        Assert.Equal("high-potassium", block.PreviousElementSibling!.Id);
        AssertCites(block, high.SourceKey);
        Assert.StartsWith("Mayo Clinic", Sources.Get(high.SourceKey).Organisation);
    }

    [Fact]
    public async Task Blood_test_units_say_mEq_per_liter_is_the_same_number_as_mmol_per_liter()
    {
        var page = await app.Client.DocumentAsync("/hypokalemia");
        var low = ReferenceFigures.HypokalemiaBelowMmolPerL;
        var block = page.GetElementById("mmol-and-meq")!;
        Assert.Contains("same number", block.TextContent);
        Assert.Contains($"{Invariant(low.Value, "0.0")} mEq/L is the same as {low.Display}", OwnText(block));
    }

    [Fact]
    public async Task Tablet_strengths_in_mEq_are_explained_from_the_reference_figures()
    {
        var page = await app.Client.DocumentAsync("/food-sources");
        var block = page.GetElementById("meq")!;
        var text = OwnText(block);
        var perMeq = ReferenceFigures.MgPerMeq;
        var tablet = ReferenceFigures.PotassiumChlorideTabletMeq;
        Assert.Contains($"One mEq of potassium is {Invariant(perMeq.Value, "0.0")} mg", text);
        Assert.Contains($"20 mEq is {Invariant(Math.Round(20 * perMeq.Value, MidpointRounding.AwayFromZero), "#,0")} mg", text);
        Assert.Contains($"{tablet.Display} tablet holds {ReferenceFigures.PotassiumChlorideTabletMg.Display} of potassium chloride, which is "
            + $"{Invariant(Math.Round(tablet.Value * perMeq.Value, MidpointRounding.AwayFromZero), "#,0")} mg of potassium", text);
        AssertCites(block, perMeq.SourceKey, ReferenceFigures.PotassiumChlorideTabletMg.SourceKey);
    }

    [Fact]
    public async Task The_2004_intakes_are_given_whole_breastfeeding_included()
    {
        var page = await app.Client.DocumentAsync("/food-sources");
        var block = FirstBlockWith(page, "From 2004 until 2019");
        var text = OwnText(block);
        Assert.Contains(ReferenceFigures.AdequateIntake2004Mg.Display, text);
        Assert.Contains($"While breastfeeding, it was {ReferenceFigures.AdequateIntake2004BreastfeedingMg.Display}", text);
        AssertCites(block, ReferenceFigures.AdequateIntake2004BreastfeedingMg.SourceKey);
    }

    [Theory]
    [MemberData(nameof(ArticlePages.All), MemberType = typeof(ArticlePages))]
    public async Task No_page_says_the_old_4700_mg_advice_was_to_take_pills(string path)
    {
        var sentences = Readability.OfPage(await app.Client.HtmlAsync(path)).Text.Split('\n');
        var old = Invariant(ReferenceFigures.AdequateIntake2004Mg.Value, "#,0");
        Assert.DoesNotContain(sentences, s => s.Contains(old, StringComparison.Ordinal) && s.Contains("pill", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Each_evidence_rating_is_in_its_own_sources_word()
    {
        var page = await app.Client.DocumentAsync("/treatment");

        var insufficient = FirstBlockWith(page, "\"insufficient\"");
        AssertCites(insufficient, "aan-2010");
        foreach (var block in page.QuerySelectorAll("main p, main li").Where(b => OwnText(b).Contains("mixed", StringComparison.OrdinalIgnoreCase)))
        {
            // "Mixed" is the 2017 family doctors' review's word, and the sentence that uses it cites that review.
            AssertCites(block, "afp-fpin-2017");
            Assert.DoesNotMatch(@"(?i)nerve doctors[^.]*mixed", OwnText(block));
        }
        AssertCites(FirstBlockWith(page, "\"possibly effective\""), "aan-2010");
    }

    [Fact]
    public async Task Low_potassium_may_not_correct_until_low_magnesium_is_treated()
    {
        var page = await app.Client.DocumentAsync("/hypokalemia");
        var block = page.GetElementById("magnesium")!;
        Assert.Contains("until the low magnesium is treated", OwnText(block));
        AssertCites(block, "huang-kuo-2007");
    }

    [Fact]
    public async Task Kidney_disease_limits_are_individual_and_cooking_figures_come_from_the_reference_figures()
    {
        var food = await app.Client.DocumentAsync("/food-sources");
        var limits = FirstBlockWith(food, "set for you alone");
        Assert.Contains("Do not cut out fruit and vegetables on your own", OwnText(limits));
        AssertCites(limits, "kdoqi-2020");

        var cubes = ReferenceFigures.PotatoCubesBoiledPotassiumLostPercent;
        var shredded = ReferenceFigures.PotatoShreddedBoiledPotassiumLostPercent;
        var boiling = FirstBlockWith(food, "Boiling did more");
        Assert.Contains($"cubes lost about {cubes.Display}", OwnText(boiling));
        Assert.Contains($"shredded potatoes about {shredded.Display}", OwnText(boiling));
        AssertCites(boiling, cubes.SourceKey, shredded.SourceKey);
        AssertCites(FirstBlockWith(food, "Soaking raw potatoes"), "bethke-2008");
        AssertCites(FirstBlockWith(food, "double boiling"), "burrowes-2006");
        Assert.Contains("potassium chloride", SectionText(food, "salt-substitutes"));
        AssertCites(FirstBlockWith(food, "Nutrition Facts label must list the potassium"), "fda-daily-value");

        var hypokalemia = await app.Client.DocumentAsync("/hypokalemia");
        AssertCites(FirstBlockWith(hypokalemia, "set for you alone"), "kdoqi-2020");
        Assert.NotNull(hypokalemia.QuerySelector("main a[href='/food-sources#kidney-disease']"));
    }

    [Fact]
    public async Task Treatment_names_the_causes_the_sources_name_and_covers_pregnancy_and_children()
    {
        var page = await app.Client.DocumentAsync("/treatment");
        var medicines = SectionText(page, "medicines");
        foreach (var cause in new[] { "diuretics", "statins", "long-acting beta-agonists", "salbutamol", "nifedipine", "raloxifene", "teriparatide" })
            Assert.Contains(cause, medicines);
        var conditions = SectionText(page, "health-problems");
        foreach (var cause in new[] { "dialysis", "cirrhosis", "underactive thyroid" })
            Assert.Contains(cause, conditions);

        Assert.Contains("magnesium", SectionText(page, "pregnancy"));
        var children = FirstBlockWith(page, "Children get night cramps");
        Assert.Contains($"About {Invariant(ReferenceFigures.ChildrenWithNightCrampsPercent.Value, "0")} in 100 children", OwnText(children));
        AssertCites(children, ReferenceFigures.ChildrenWithNightCrampsPercent.SourceKey);
    }

    [Fact]
    public async Task Warning_signs_cover_muscle_breakdown_clots_in_pregnancy_and_chest_pain_as_a_911_call()
    {
        var page = await app.Client.DocumentAsync("/treatment");

        var call911 = page.GetElementById("call-911")!;
        Assert.Contains("Call 911", call911.TextContent);
        Assert.Contains("chest", call911.TextContent);
        Assert.Equal("when-to-see-a-doctor", call911.PreviousElementSibling!.Id);

        var statin = FirstBlockWith(page, "statin. It can be a sign that muscle is breaking down");
        Assert.Matches("(?s)dark.*statin|statin.*dark", OwnText(statin));
        Assert.Contains("fever", OwnText(statin));
        AssertCites(statin, "fda-atorvastatin-label");

        var clot = FirstBlockWith(page, "one leg is swollen");
        Assert.Contains("pregnancy", OwnText(clot));
        AssertCites(clot, "cdc-blood-clots");
    }

    [Theory]
    [InlineData("/hypokalemia", "mEq/L", "milliequivalents")]
    [InlineData("/hypokalemia", "laxatives", "constipation")]
    [InlineData("/hypokalemia", "potassium-sparing diuretics", "keep potassium")]
    [InlineData("/hypokalemia", "beta blockers", "heartbeat")]
    [InlineData("/hypokalemia", "finerenone", "kidney disease")]
    [InlineData("/hypokalemia", "sacubitril", "heart failure")]
    [InlineData("/hypokalemia", "NSAID", "pain")]
    [InlineData("/hypokalemia", "trimethoprim", "antibiotic")]
    [InlineData("/hypokalemia", "heparin", "clotting")]
    [InlineData("/hypokalemia", "tacrolimus", "immune system")]
    [InlineData("/treatment", "statins", "cholesterol")]
    [InlineData("/treatment", "beta-agonists", "airways")]
    [InlineData("/treatment", "nifedipine", "blood pressure")]
    [InlineData("/treatment", "raloxifene", "weak bones")]
    [InlineData("/treatment", "teriparatide", "weak bones")]
    [InlineData("/treatment", "naproxen", "NSAID")]
    [InlineData("/treatment", "dialysis", "cleans the blood")]
    [InlineData("/treatment", "cirrhosis", "liver")]
    [InlineData("/treatment", "underactive thyroid", "hormone")]
    [InlineData("/treatment", "diltiazem", "blood pressure")]
    [InlineData("/treatment", "quinine", "malaria")]
    [InlineData("/treatment", "tetanus", "infection")]
    [InlineData("/food-sources", "mEq", "milliequivalents")]
    public async Task A_medical_term_is_explained_where_it_first_appears(string path, string term, string explanation)
    {
        var block = FirstBlockWith(await app.Client.DocumentAsync(path), term);
        Assert.Contains(explanation, OwnText(block), StringComparison.OrdinalIgnoreCase);
    }
}
