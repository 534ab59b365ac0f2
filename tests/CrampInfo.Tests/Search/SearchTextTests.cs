using CrampInfo.Web.Search;

namespace CrampInfo.Tests.Search;

/// <summary>How search reads text: words, singular forms, typing mistakes.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Beans, black, mature seeds", "beans black mature seeds")]
    [InlineData("a cup of coffee", "coffee")]
    [InlineData("mac and cheese", "mac cheese")]
    [InlineData("Plátano MADURO", "platano maduro")]
    [InlineData("piña, jalapeño", "pina jalapeno")]
    [InlineData("2% milk", "2 milk")]
    [InlineData("McDonald's, Big Mac", "mcdonald big mac")]
    [InlineData("of the", "of the")] // nothing but small words: they are kept rather than searching for nothing
    [InlineData("", "")]
    public void Words_are_lower_case_without_accents_or_small_words(string text, string words) =>
        Assert.Equal(words, string.Join(' ', SearchText.Words(text)));

    [Theory]
    [InlineData("berries", "berry")]
    [InlineData("cookies", "cookie")]
    [InlineData("potatoes", "potato")]
    [InlineData("peaches", "peach")]
    [InlineData("leaves", "leaf")]
    [InlineData("olives", "olive")]
    [InlineData("beans", "bean")]
    public void A_plural_also_stands_for_its_singular(string plural, string singular) =>
        Assert.Contains(singular, SearchText.Forms(plural));

    [Theory]
    [InlineData("hummus")]
    [InlineData("swiss")]
    [InlineData("asparagus")]
    [InlineData("peas")]
    public void Words_that_only_look_plural_keep_their_own_form_first(string word)
    {
        var forms = SearchText.Forms(word).ToList();
        Assert.Equal(word, forms[0]);
        if (word is "hummus" or "swiss" or "asparagus") Assert.Single(forms);
    }

    [Theory]
    [InlineData("banana", "banana", 0)]
    [InlineData("bananna", "banana", 1)]   // an extra letter
    [InlineData("brocoli", "broccoli", 1)] // a missing letter
    [InlineData("avacado", "avocado", 1)]  // a wrong letter
    [InlineData("cheeze", "cheese", 1)]
    [InlineData("mlik", "milk", 1)]        // two letters swapped
    [InlineData("cantelope", "cantaloupe", 2)]
    [InlineData("pears", "peas", 1)]
    [InlineData("tomato", "potato", 2)]
    public void Distance_counts_inserts_deletes_substitutions_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, SearchText.Distance(a, b, 3));

    [Fact]
    public void Distance_stops_counting_past_the_maximum() =>
        Assert.Equal(2, SearchText.Distance("apple", "watermelon", 1));

    [Theory]
    [InlineData("oat", 0)]
    [InlineData("egg", 0)]
    [InlineData("peas", 1)]
    [InlineData("avocado", 1)]
    [InlineData("broccoli", 2)]
    [InlineData("cantaloupe", 2)]
    public void Typos_are_allowed_by_word_length(string word, int allowed) =>
        Assert.Equal(allowed, SearchText.TyposAllowed(word));
}
