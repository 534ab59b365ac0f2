using CrampInfo.Web.Infobutton;
using CrampInfo.Web.Intake;
using Microsoft.AspNetCore.WebUtilities;

namespace CrampInfo.Tests.Infobutton;

/// <summary>Reading a request in one pass: names in any order and case, numbered repeats, the older form, and the patient's age and sex.</summary>
public sealed class InfobuttonRequestTests
{
    const string Icd10 = "2.16.840.1.113883.6.90";

    static InfobuttonRequest Parse(string query) => InfobuttonRequest.Parse(QueryHelpers.ParseQuery(query));

    [Fact]
    public void Names_are_read_in_any_order_and_case()
    {
        var request = Parse($"KNOWLEDGERESPONSETYPE=text/xml&mainsearchcriteria.v.cs={Icd10}&informationRecipient=pat&MainSearchCriteria.V.C=E87.6&informationrecipient.languagecode.c=en");
        var criterion = Assert.Single(request.Criteria);
        Assert.Equal(("E87.6", CodeSystem.Icd10Cm), (criterion.Code, criterion.CodeSystem));
        Assert.Equal(ResponseType.Atom, request.ResponseType);
        Assert.Equal("PAT", request.Recipient);
        Assert.Equal("en", request.Language);
    }

    [Fact]
    public void Numbered_repeats_come_in_number_order_after_the_unnumbered_one_whatever_the_order_sent()
    {
        var request = Parse($"mainSearchCriteria.v.c2=R25.2&mainSearchCriteria.v.cs2={Icd10}&mainSearchCriteria.v.cs1={Icd10}&mainSearchCriteria.v.c1=E87.5"
            + $"&mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs={Icd10}&mainSearchCriteria.v.dn1=Hyperkalemia");
        Assert.Equal(["", "1", "2"], request.Criteria.Select(c => c.Suffix));
        Assert.Equal(["E87.6", "E87.5", "R25.2"], request.Criteria.Select(c => c.Code));
        Assert.Equal("Hyperkalemia", request.Criteria[1].DisplayName);
    }

    [Fact]
    public void The_older_c_form_is_read_where_the_v_form_is_absent_and_the_v_form_wins_over_it()
    {
        var older = Parse($"mainSearchCriteria.c.c=E87.6&mainSearchCriteria.c.cs={Icd10}");
        Assert.Equal(("E87.6", CodeSystem.Icd10Cm), (older.Criteria[0].Code, older.Criteria[0].CodeSystem));
        var both = Parse($"mainSearchCriteria.c.c=E87.5&mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.cs={Icd10}");
        Assert.Equal("E87.6", Assert.Single(both.Criteria).Code);
    }

    [Fact]
    public void A_repeated_name_keeps_its_first_value_and_blank_values_count_as_absent()
    {
        var request = Parse($"mainSearchCriteria.v.c=&mainSearchCriteria.v.c=E87.6&mainSearchCriteria.v.c=R25.2&mainSearchCriteria.v.cs={Icd10}&knowledgeResponseType=");
        Assert.Equal("E87.6", Assert.Single(request.Criteria).Code);
        Assert.Equal(ResponseType.Html, request.ResponseType);
    }

    [Fact]
    public void At_most_20_codes_are_read_and_repeat_numbers_have_at_most_three_digits()
    {
        var query = string.Join('&', Enumerable.Range(1, 1200).Select(i => $"mainSearchCriteria.v.c{i}=E87.{i % 10}&mainSearchCriteria.v.cs{i}={Icd10}"));
        var request = Parse(query);
        Assert.Equal(InfobuttonRequest.MaxCriteria, request.Criteria.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString(CultureInfo.InvariantCulture)), request.Criteria.Select(c => c.Suffix));
        Assert.Empty(Parse("mainSearchCriteria.v.c1000=E87.6").Criteria);
    }

    [Theory]
    [InlineData("text/xml", ResponseType.Atom)]
    [InlineData("TEXT/XML", ResponseType.Atom)]
    [InlineData(" application/json ", ResponseType.Json)]
    [InlineData("Application/JSON", ResponseType.Json)]
    [InlineData("application/javascript", ResponseType.Html)]
    [InlineData("text/html", ResponseType.Html)]
    [InlineData("application/atom+xml", ResponseType.Html)]
    [InlineData("<b>", ResponseType.Html)]
    public void The_response_type_is_compared_without_regard_to_case_and_anything_else_is_the_page(string sent, ResponseType expected) =>
        Assert.Equal(expected, Parse($"knowledgeResponseType={Uri.EscapeDataString(sent)}").ResponseType);

    [Theory]
    [InlineData("en", "en")]
    [InlineData("es", "es")]
    [InlineData("ES-mx", "es")]
    [InlineData("es_US", "es")]
    [InlineData("spa", "es")]
    [InlineData("en-US", "en")]
    [InlineData("fr", null)]
    [InlineData("e", null)]
    [InlineData("<es>", null)]
    public void The_language_is_read_as_en_or_es(string sent, string? expected) =>
        Assert.Equal(expected, Parse($"informationRecipient.languageCode.c={Uri.EscapeDataString(sent)}").Language);

    [Theory]
    [InlineData("45", "a", "45")]
    [InlineData("45.5", "a", "45.5")]
    [InlineData("0", "a", "0")]
    [InlineData("120", "a", "120")]
    [InlineData("6", "mo", "0.5")]
    [InlineData("18", "MO", "1.5")]
    [InlineData("7", "mo", "0.58")]  // 0.5833...: cut, not rounded
    [InlineData("11.99", "mo", "0.99")] // never rounded up into the next row (1 year)
    [InlineData("121", "a", null)]
    [InlineData("-1", "a", null)]
    [InlineData("1e2", "a", null)]
    [InlineData("45", "wk", null)]
    [InlineData("45", null, null)]
    [InlineData("forty", "a", null)]
    [InlineData("1,5", "a", null)]
    public void The_age_is_years_from_a_or_mo_and_nothing_when_it_cannot_be_read(string value, string? unit, string? years)
    {
        var request = Parse($"age.v.v={Uri.EscapeDataString(value)}" + (unit is null ? "" : $"&age.v.u={unit}"));
        Assert.Equal(years, request.AgeYears?.ToString("0.##", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("F", Sex.Female)]
    [InlineData("f", Sex.Female)]
    [InlineData("M", Sex.Male)]
    [InlineData("UN", null)]
    [InlineData("female", null)]
    public void Sex_is_read_from_F_and_M(string sent, Sex? expected) =>
        Assert.Equal(expected, Parse($"patientPerson.administrativeGenderCode.c={sent}").Sex);

    [Fact]
    public void Values_too_long_to_be_codes_are_not_read()
    {
        var request = Parse($"mainSearchCriteria.v.c={new string('E', 40)}&mainSearchCriteria.v.cs={Icd10}&mainSearchCriteria.v.dn={new string('x', 300)}");
        var criterion = Assert.Single(request.Criteria);
        Assert.Null(criterion.Code);
        Assert.Null(criterion.DisplayName);
        Assert.False(request.AskedAboutAnything);
    }
}
