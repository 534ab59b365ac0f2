namespace CrampInfo.Web.Infobutton;

/// <summary>What a code system names: a diagnosis or finding, a lab test, or a medicine.</summary>
public enum CodeKind { Problem, LabTest, Medicine }

/// <summary>
/// A code system /infobutton knows, by the OID a records system sends in <c>mainSearchCriteria.v.cs</c>.
/// A code only ever matches within its own system: the system is never guessed from the code or its name.
/// </summary>
public sealed record CodeSystem(string Oid, string Name, CodeKind Kind)
{
    public static readonly CodeSystem Icd10Cm = new("2.16.840.1.113883.6.90", "ICD-10-CM", CodeKind.Problem);
    public static readonly CodeSystem Icd9Cm = new("2.16.840.1.113883.6.103", "ICD-9-CM", CodeKind.Problem);
    public static readonly CodeSystem SnomedCt = new("2.16.840.1.113883.6.96", "SNOMED CT", CodeKind.Problem);
    public static readonly CodeSystem Loinc = new("2.16.840.1.113883.6.1", "LOINC", CodeKind.LabTest);
    public static readonly CodeSystem RxNorm = new("2.16.840.1.113883.6.88", "RxNorm", CodeKind.Medicine);

    public static readonly IReadOnlyList<CodeSystem> All = [Icd10Cm, Icd9Cm, SnomedCt, Loinc, RxNorm];

    const string OidPrefix = "urn:oid:";

    /// <summary>The system an OID names, written with or without <c>urn:oid:</c>; null for any other text.</summary>
    public static CodeSystem? FromOid(string? text)
    {
        if (text is null) return null;
        var oid = text.Trim();
        if (oid.StartsWith(OidPrefix, StringComparison.OrdinalIgnoreCase)) oid = oid[OidPrefix.Length..];
        return All.FirstOrDefault(s => s.Oid == oid);
    }

    /// <summary>
    /// ICD codes are written with or without their dot (E87.6, E876) and in either case; the dot carries no
    /// meaning of its own (the category is always the first three characters), so codes are compared without it.
    /// </summary>
    public bool IgnoresDot => this == Icd10Cm || this == Icd9Cm;

    /// <summary>The form a code of this system is compared in.</summary>
    public string Normalize(string code)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        return IgnoresDot ? trimmed.Replace(".", "", StringComparison.Ordinal) : trimmed;
    }
}
