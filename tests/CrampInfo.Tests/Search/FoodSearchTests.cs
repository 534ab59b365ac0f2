using CrampInfo.Web.Data;
using CrampInfo.Web.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrampInfo.Tests.Search;

/// <summary>
/// The ranking rules of food search on a small table made for each rule, so that a rule is tested on its own and
/// not through whatever the shipped list happens to hold (SearchOnShippedDataTests does that).
/// </summary>
public sealed class FoodSearchTests
{
    static int position;

    static Food Food(string ndb, string description, string group = "Vegetables and Vegetable Products",
        string? everydayName = null, string everydayGroup = "vegetables", params string[] synonyms) => new()
    {
        Ndb = ndb,
        Description = description,
        FoodGroup = group,
        PotassiumMgPer100g = 100,
        Portions = [new Portion { Ndb = ndb, Seq = 1, Amount = 1, Measure = "cup", Grams = 100 }],
        Everyday = everydayName is null ? null : new EverydayFood
        {
            Ndb = ndb, Position = Interlocked.Increment(ref position), Group = everydayGroup, Name = everydayName,
            Synonyms = synonyms, PlanSeq = 1, PotassiumRich = false,
        },
    };

    static List<string> Ndbs(FoodSearch search, string query, int limit = 20) => search.Search(query, limit).Foods.Select(f => f.Ndb).ToList();

    [Fact]
    public void Everyday_foods_come_before_others_and_the_list_order_breaks_ties()
    {
        var search = new FoodSearch(new FoodTable([
            Food("01001", "Milk, producer, fluid, 3.7% milkfat", "Dairy and Egg Products"),
            Food("01002", "Milk, sheep, fluid", "Dairy and Egg Products"),
            Food("01003", "Milk, reduced fat, fluid, 2% milkfat", "Dairy and Egg Products", "Milk, 2%", "dairy"),
            Food("01004", "Milk, whole, 3.25% milkfat", "Dairy and Egg Products", "Milk, whole", "dairy"),
            Food("01005", "Beverages, chocolate milk", "Beverages", "Chocolate milk", "dairy"),
        ]), NullLogger<FoodSearch>.Instance);
        // A name that is just the word typed ("Milk, ...") before one that holds it ("Chocolate milk"); list order within.
        var found = Ndbs(search, "milk");
        Assert.Equal(["01003", "01004", "01005"], found.Take(3));
        Assert.Equal(["01001", "01002"], found.Skip(3).Order());
    }

    [Fact]
    public void A_whole_word_comes_before_the_first_letters_of_a_longer_one_and_a_typo_after_both()
    {
        var search = new FoodSearch(new FoodTable([
            Food("11209", "Eggplant, cooked", everydayName: "Eggplant, cooked"),
            Food("01129", "Egg, whole, cooked, hard-boiled", "Dairy and Egg Products", "Eggs, hard-boiled", "eggs"),
            Food("11304", "Peas, green, cooked", everydayName: "Peas, cooked"),
            Food("09252", "Pears, raw", "Fruits and Fruit Juices", "Pears", "fruit"),
            Food("16087", "Peanuts, all types, raw", "Legumes and Legume Products", "Peanuts", "nuts and seeds"),
        ]), NullLogger<FoodSearch>.Instance);
        Assert.Equal("01129", Ndbs(search, "egg")[0]);
        Assert.Contains("11209", Ndbs(search, "egg"));   // eggplant begins with the letters typed, so it follows
        Assert.Equal(["11304", "09252"], Ndbs(search, "peas")); // pears is one letter off: after; peanuts not at all
        Assert.Equal(["09252", "11304"], Ndbs(search, "pears"));
    }

    [Fact]
    public void A_name_that_is_just_the_words_typed_wins_over_one_that_matches_them_by_first_letters()
    {
        var search = new FoodSearch(new FoodTable([
            Food("23090", "Beef, chuck for stew, cooked, braised", "Beef Products", "Beef stew meat, braised", "meat", "stewing beef"),
            Food("22905", "Beef stew, canned entree", "Meals, Entrees, and Side Dishes", "Beef stew, canned", "mixed dishes"),
        ]), NullLogger<FoodSearch>.Instance);
        // "stewing beef" holds "stew..." only as the first letters of "stewing"; "Beef stew" is the two words exactly.
        Assert.Equal(["22905", "23090"], Ndbs(search, "beef stew"));
    }

    [Fact]
    public void First_letters_find_a_food_only_for_the_last_word_typed()
    {
        var search = new FoodSearch(new FoodTable([
            Food("09040", "Bananas, raw", "Fruits and Fruit Juices", "Bananas", "fruit"),
            Food("11090", "Broccoli, raw", everydayName: "Broccoli, raw"),
        ]), NullLogger<FoodSearch>.Instance);
        Assert.Equal(["09040"], Ndbs(search, "banan"));
        Assert.Equal(["11090"], Ndbs(search, "raw brocc"));
        Assert.Empty(Ndbs(search, "brocc raw"));
        Assert.Empty(Ndbs(search, "ba")); // two letters are too few to stand for a longer word
    }

    [Fact]
    public void Typos_are_forgiven_by_word_length_and_never_in_short_words()
    {
        var search = new FoodSearch(new FoodTable([
            Food("11090", "Broccoli, raw", everydayName: "Broccoli, raw"),
            Food("09181", "Melons, cantaloupe, raw", "Fruits and Fruit Juices", "Cantaloupe", "fruit"),
            Food("20038", "Oats", "Cereal Grains and Pasta"),
            Food("09037", "Avocados, raw, all commercial varieties", "Fruits and Fruit Juices", "Avocados", "fruit"),
        ]), NullLogger<FoodSearch>.Instance);
        Assert.Equal(["11090"], Ndbs(search, "brocoli"));   // 1 off in 7 letters
        Assert.Equal(["09181"], Ndbs(search, "cantelope")); // 2 off in 9 letters
        Assert.Equal(["09037"], Ndbs(search, "avacado"));
        Assert.Empty(Ndbs(search, "avacada"));              // 2 off in 7 letters: too many
        Assert.Empty(Ndbs(search, "oas"));                  // 1 off, but under 4 letters
    }

    [Fact]
    public void Synonyms_find_the_food_they_belong_to()
    {
        var search = new FoodSearch(new FoodTable([
            Food("09206", "Orange juice, raw", "Fruits and Fruit Juices", "Orange juice", "drinks", "oj"),
            Food("11477", "Squash, summer, zucchini, includes skin, raw", everydayName: "Zucchini, raw", synonyms: ["courgette"]),
        ]), NullLogger<FoodSearch>.Instance);
        Assert.Equal(["09206"], Ndbs(search, "OJ"));
        Assert.Equal(["11477"], Ndbs(search, "courgettes"));
    }

    [Fact]
    public void Other_foods_plain_and_as_eaten_come_before_processed_branded_and_raw_ones()
    {
        var search = new FoodSearch(new FoodTable([
            Food("16069", "Lentils, raw", "Legumes and Legume Products"),
            Food("16070", "Lentils, mature seeds, cooked, boiled, without salt", "Legumes and Legume Products"),
            Food("03001", "Babyfood, lentils, strained", "Baby Foods"),
            Food("16999", "Lentils, SOMEBRAND, canned", "Legumes and Legume Products"),
        ]), NullLogger<FoodSearch>.Instance);
        // Cooked before raw (lentils are eaten cooked), a plain food before a brand, a name that is the word typed
        // ("Lentils, ...") before one that only holds it ("Babyfood, lentils").
        Assert.Equal(["16070", "16069", "16999", "03001"], Ndbs(search, "lentils"));
    }

    [Fact]
    public void Nothing_found_offers_the_nearest_everyday_names()
    {
        var search = new FoodSearch(new FoodTable([
            Food("09040", "Bananas, raw", "Fruits and Fruit Juices", "Bananas", "fruit"),
            Food("09003", "Apples, raw, with skin", "Fruits and Fruit Juices", "Apples", "fruit"),
            Food("12345", "Bandicoot, roasted", "Lamb, Veal, and Game Products"),
        ]), NullLogger<FoodSearch>.Instance);
        var result = search.Search("bnanaa", 20);
        Assert.Empty(result.Foods);
        Assert.Equal(["Bananas"], result.DidYouMean);
        Assert.Empty(search.Search("banana", 20).DidYouMean); // only when nothing is found
        Assert.Empty(search.Search("zzzzzzzz", 20).DidYouMean);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("b")]
    [InlineData(" ! ")]
    public void A_query_too_short_to_search_finds_nothing(string? query) =>
        Assert.False(FoodSearch.CanSearch(query));
}
