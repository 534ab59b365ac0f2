using CrampInfo.Web.Infobutton;

namespace CrampInfo.Tests.Infobutton;

/// <summary>The code table: the shipped file, reading a clinic's rows, and matching (dot or not, the ICD-10-CM fallback).</summary>
public sealed class CodeTableTests
{
    static CodeTable Table(params string[] rows) =>
        CodeTable.Read(new StringReader(string.Join('\n', [string.Join(',', CodeTable.Header), .. rows])));

    [Fact]
    public void The_shipped_table_reads_without_a_problem_and_holds_every_code_of_the_brief_on_its_page()
    {
        var table = CodeTable.Shipped;
        Assert.Empty(table.Problems);
        var expected = new (CodeSystem System, string Code, string Page)[]
        {
            (CodeSystem.Icd10Cm, "E87.6", "/hypokalemia"), (CodeSystem.SnomedCt, "43339004", "/hypokalemia"), (CodeSystem.Icd9Cm, "276.8", "/hypokalemia"),
            (CodeSystem.Icd10Cm, "E87.5", "/hypokalemia#high-potassium"), (CodeSystem.SnomedCt, "14140009", "/hypokalemia#high-potassium"),
            (CodeSystem.Icd10Cm, "R25.2", "/treatment"), (CodeSystem.Icd10Cm, "M62.831", "/treatment"), (CodeSystem.Icd10Cm, "G47.62", "/treatment"),
            (CodeSystem.SnomedCt, "55300003", "/treatment"),
            (CodeSystem.Loinc, "2823-3", "/hypokalemia"), (CodeSystem.Loinc, "6298-4", "/hypokalemia"),
            (CodeSystem.RxNorm, "8591", "/food-sources#supplements"), (CodeSystem.RxNorm, "9071", "/treatment#quinine"),
        };
        Assert.Equal(expected.OrderBy(e => e.Code), table.Rows.Select(r => (r.System, r.Code, r.Topic.Path)).OrderBy(e => e.Code));
        Assert.All(table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.True(File.Exists(Infrastructure.Repo.File("src", "CrampInfo.Web", "SeedData", "infobutton", "README.md")));
    }

    [Theory]
    [InlineData("E87.6", "E87.6")]
    [InlineData("E876", "E87.6")]
    [InlineData("e87.6", "E87.6")]
    [InlineData(" E87.6 ", "E87.6")]
    [InlineData("G4762", "G47.62")]
    [InlineData("M62831", "M62.831")]
    public void ICD_10_CM_codes_match_with_or_without_the_dot_and_in_either_case(string sent, string matched)
    {
        var match = CodeTable.Shipped.Match(CodeSystem.Icd10Cm, sent);
        Assert.NotNull(match);
        Assert.Equal(matched, match.Code);
        Assert.False(match.ByFallback);
    }

    [Fact]
    public void ICD_9_CM_codes_match_with_or_without_the_dot()
    {
        Assert.Equal("276.8", CodeTable.Shipped.Match(CodeSystem.Icd9Cm, "2768")?.Code);
        Assert.Equal("276.8", CodeTable.Shipped.Match(CodeSystem.Icd9Cm, "276.8")?.Code);
    }

    [Fact]
    public void An_ICD_10_CM_code_falls_back_one_character_at_a_time_but_never_to_a_three_character_category()
    {
        var table = Table("2.16.840.1.113883.6.90,M62.83,/treatment,Muscle spasm,test", "2.16.840.1.113883.6.90,M62,/treatment,Disorders of muscle,test");
        Assert.Empty(table.Problems);

        var match = table.Match(CodeSystem.Icd10Cm, "M62.838");
        Assert.Equal("M62.83", match?.Code);
        Assert.True(match!.ByFallback);
        Assert.Equal("M62.83", table.Match(CodeSystem.Icd10Cm, "M62.8381")?.Code);
        // M62.8 is not in the table and the category M62, though it is, is too broad to fall back to.
        Assert.Null(table.Match(CodeSystem.Icd10Cm, "M62.89"));
        Assert.Null(table.Match(CodeSystem.Icd10Cm, "M62.9"));
        // Asked for exactly, a category row still answers.
        Assert.Equal("M62", table.Match(CodeSystem.Icd10Cm, "M62")?.Code);
    }

    [Theory]
    [InlineData("M62.838")] // M62.83 is not in the shipped table, M62.8 neither, and M62 is a category
    [InlineData("E87.9")]
    [InlineData("R25")]
    [InlineData("E87")]
    [InlineData("G47.6")] // a parent of G47.62: falling back goes up, never down
    public void Shipped_codes_without_a_row_or_a_row_above_them_do_not_match(string code) =>
        Assert.Null(CodeTable.Shipped.Match(CodeSystem.Icd10Cm, code));

    [Fact]
    public void Codes_of_other_systems_match_exactly_and_only_within_their_own_system()
    {
        var table = CodeTable.Shipped;
        Assert.Equal("/treatment", table.Match(CodeSystem.SnomedCt, "55300003")?.Row.Topic.Path);
        Assert.Null(table.Match(CodeSystem.SnomedCt, "5530000"));   // no fallback outside ICD-10-CM
        Assert.Null(table.Match(CodeSystem.SnomedCt, "553000031"));
        Assert.Null(table.Match(CodeSystem.Icd10Cm, "55300003"));   // the code of another system
        Assert.Null(table.Match(CodeSystem.RxNorm, "43339004"));
        Assert.Null(table.Match(CodeSystem.Loinc, "2823"));
        Assert.Null(table.Match(CodeSystem.Icd9Cm, "E87.6"));
    }

    [Theory]
    [InlineData("2.16.840.1.113883.6.90", "ICD-10-CM")]
    [InlineData("urn:oid:2.16.840.1.113883.6.90", "ICD-10-CM")]
    [InlineData("URN:OID:2.16.840.1.113883.6.96", "SNOMED CT")]
    [InlineData(" 2.16.840.1.113883.6.1 ", "LOINC")]
    [InlineData("2.16.840.1.113883.6.88", "RxNorm")]
    [InlineData("2.16.840.1.113883.6.103", "ICD-9-CM")]
    [InlineData("2.16.840.1.113883.6.69", null)] // NDC: not one we answer
    [InlineData("2.16.840.1.113883.6.9", null)]
    [InlineData("ICD-10-CM", null)]
    [InlineData("", null)]
    public void Code_systems_are_known_by_their_OID_with_or_without_urn_oid(string text, string? name) =>
        Assert.Equal(name, CodeSystem.FromOid(text)?.Name);

    [Fact]
    public void Rows_a_clinic_gets_wrong_are_left_out_and_named_by_line()
    {
        var table = Table(
            "2.16.840.1.113883.6.90,E87.6,/hypokalemia,Hypokalemia,ICD-10-CM",
            "2.16.840.1.113883.6.69,12345-678,/hypokalemia,A drug,NDC",
            "2.16.840.1.113883.6.90,E87.1,/sodium,Hyponatremia,ICD-10-CM",
            "2.16.840.1.113883.6.90,E876,/treatment,Again without the dot,ICD-10-CM",
            "2.16.840.1.113883.6.90,,/treatment,No code,ICD-10-CM",
            "2.16.840.1.113883.6.90,R25.2,/treatment,,ICD-10-CM",
            "2.16.840.1.113883.6.90,R25.2,/treatment",
            "",
            "2.16.840.1.113883.6.96,\"55300003\",/treatment,\"Cramp, of a muscle\",SNOMED CT");

        Assert.Equal(["E87.6", "55300003"], table.Rows.Select(r => r.Code));
        Assert.Equal(6, table.Problems.Count);
        Assert.StartsWith("line 3:", table.Problems[0]);
        Assert.Contains("code system", table.Problems[0]);
        Assert.Contains("page /sodium", table.Problems[1]);
        Assert.Contains("already in the table", table.Problems[2]);
        Assert.StartsWith("line 8:", table.Problems[5]);
        Assert.Equal("Cramp, of a muscle", table.Rows[1].Display);
    }
}
