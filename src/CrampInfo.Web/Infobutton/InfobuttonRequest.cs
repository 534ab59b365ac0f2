using System.Globalization;
using System.Text.RegularExpressions;
using CrampInfo.Web.Intake;
using Microsoft.Extensions.Primitives;

namespace CrampInfo.Web.Infobutton;

/// <summary>What a records system asks for: a person's page (absent or unknown <c>knowledgeResponseType</c>), an Atom feed, or its JSON form.</summary>
public enum ResponseType { Html, Atom, Json }

/// <summary>One code asked about: <c>mainSearchCriteria.v.c</c> with its <c>.cs</c> and <c>.dn</c>, or a numbered repeat (<c>.v.c1</c>, ...).</summary>
/// <param name="Suffix">"" for the unnumbered parameters, else the number as sent ("1", "2", ...).</param>
/// <param name="Code">The code as sent (trimmed), or null when absent or too long to be a code.</param>
/// <param name="CodeSystemText">The code system as sent (trimmed), or null.</param>
/// <param name="CodeSystem">The code system, when it is one we know.</param>
/// <param name="DisplayName">The display name as sent (trimmed), or null. Never used to match.</param>
public sealed record SearchCriterion(string Suffix, string? Code, string? CodeSystemText, CodeSystem? CodeSystem, string? DisplayName);

/// <summary>
/// An infobutton request, read in one pass from the query string or a form: the codes asked about, the
/// recipient, the language, the kind of answer, and the patient's age and sex (only to pre-fill a calculator
/// link). Every other parameter (observations such as a lab value, <c>holder.*</c> credentials, anything
/// unknown) is skipped unread: it is never kept, shown or logged.
/// </summary>
public sealed partial record InfobuttonRequest(
    IReadOnlyList<SearchCriterion> Criteria,
    string? Recipient,
    string? Language,
    ResponseType ResponseType,
    decimal? AgeYears,
    Sex? Sex)
{
    /// <summary>At most this many codes are read from one request; a records system sends one or a few.</summary>
    public const int MaxCriteria = 20;

    /// <summary>Values longer than this are no code, OID, language or display name we could use.</summary>
    public const int MaxValueLength = 200;

    public const string CodeName = "mainSearchCriteria.v.c";
    public const string CodeSystemName = "mainSearchCriteria.v.cs";
    public const string DisplayNameName = "mainSearchCriteria.v.dn";
    public const string RecipientName = "informationRecipient";
    public const string LanguageName = "informationRecipient.languageCode.c";
    public const string ResponseTypeName = "knowledgeResponseType";
    public const string AgeValueName = "age.v.v";
    public const string AgeUnitName = "age.v.u";
    public const string SexName = "patientPerson.administrativeGenderCode.c";

    public const string AtomType = "text/xml";
    public const string JsonType = "application/json";

    /// <summary>True when any code was sent at all (matched or not).</summary>
    public bool AskedAboutAnything => Criteria.Any(c => c.Code is not null);

    public static InfobuttonRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        // Keyed by repeat number (at most 1,001 of them: three digits), in order.
        var criteria = new SortedDictionary<int, CriterionParts>();
        string? recipient = null, language = null, responseType = null, ageValue = null, ageUnit = null, sex = null;

        foreach (var (name, values) in parameters)
        {
            if (CriterionName().Match(name) is { Success: true } m)
            {
                var suffix = m.Groups["n"].Value;
                // Unnumbered first, then 0, 1, 2 ...; three digits are plenty for repeats.
                var order = suffix.Length == 0 ? -1 : int.Parse(suffix, NumberStyles.None, CultureInfo.InvariantCulture);
                if (!criteria.TryGetValue(order, out var parts)) criteria[order] = parts = new CriterionParts(suffix);
                // The older ".c." form counts only where the ".v." form is absent.
                var current = m.Groups["form"].Value.Equals("v", StringComparison.OrdinalIgnoreCase);
                parts.Set(m.Groups["part"].Value.ToLowerInvariant(), First(values), current);
                continue;
            }
            if (name.Equals(RecipientName, StringComparison.OrdinalIgnoreCase)) recipient ??= First(values);
            else if (name.Equals(LanguageName, StringComparison.OrdinalIgnoreCase)) language ??= First(values);
            else if (name.Equals(ResponseTypeName, StringComparison.OrdinalIgnoreCase)) responseType ??= First(values);
            else if (name.Equals(AgeValueName, StringComparison.OrdinalIgnoreCase)) ageValue ??= First(values);
            else if (name.Equals(AgeUnitName, StringComparison.OrdinalIgnoreCase)) ageUnit ??= First(values);
            else if (name.Equals(SexName, StringComparison.OrdinalIgnoreCase)) sex ??= First(values);
        }

        return new InfobuttonRequest(
            criteria.Values.Take(MaxCriteria).Select(p => p.ToCriterion()).ToList(),
            recipient?.ToUpperInvariant() is "PAT" or "PROV" ? recipient.ToUpperInvariant() : null,
            LanguageOf(language),
            ResponseTypeOf(responseType),
            AgeInYears(ageValue, ageUnit),
            sex?.ToUpperInvariant() switch { "F" => Intake.Sex.Female, "M" => Intake.Sex.Male, _ => null });
    }

    /// <summary>The first value that is not blank, trimmed; null when there is none, or it is longer than any usable value.</summary>
    static string? First(StringValues values)
    {
        foreach (var text in values)
        {
            var value = text?.Trim();
            if (string.IsNullOrEmpty(value)) continue;
            return value.Length > MaxValueLength ? null : value;
        }
        return null;
    }

    static ResponseType ResponseTypeOf(string? text) =>
        text is null ? ResponseType.Html
        : text.Equals(AtomType, StringComparison.OrdinalIgnoreCase) ? ResponseType.Atom
        : text.Equals(JsonType, StringComparison.OrdinalIgnoreCase) ? ResponseType.Json
        : ResponseType.Html;

    /// <summary>The language asked for, as a two-letter code ("en", "es-MX" and "spa" are "en" and "es"); null for anything else.</summary>
    static string? LanguageOf(string? text)
    {
        if (text is null || !LanguageTag().IsMatch(text)) return null;
        var primary = text.Split('-', '_')[0].ToLowerInvariant();
        return primary switch { "en" or "eng" => "en", "es" or "spa" => "es", _ => null };
    }

    /// <summary>
    /// Years, from <c>age.v.v</c> in the unit <c>age.v.u</c> (UCUM <c>a</c> years, <c>mo</c> months). Cut, not
    /// rounded, to two decimals: 11.99 months stays under 1 year, in the row of the Adequate Intake table it
    /// belongs to. Null unless both are valid and the age is 0 to 120 years, as the calculator takes it.
    /// </summary>
    static decimal? AgeInYears(string? value, string? unit)
    {
        if (value is null || unit is null || value.Length > 12) return null;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return null;
        decimal? years = unit.ToLowerInvariant() switch { "a" => amount, "mo" => amount / 12, _ => null };
        if (years is not { } y || y > 120) return null;
        return Math.Truncate(y * 100) / 100;
    }

    sealed class CriterionParts(string suffix)
    {
        string? code, codeSystem, displayName;
        bool codeCurrent, codeSystemCurrent, displayNameCurrent;

        public void Set(string part, string? value, bool current)
        {
            switch (part)
            {
                case "c": Keep(ref code, ref codeCurrent); break;
                case "cs": Keep(ref codeSystem, ref codeSystemCurrent); break;
                case "dn": Keep(ref displayName, ref displayNameCurrent); break;
            }

            // The first value of a name wins; a ".v." value replaces one from the older ".c." form.
            void Keep(ref string? field, ref bool fieldCurrent)
            {
                if (value is null || (field is not null && (fieldCurrent || !current))) return;
                field = value;
                fieldCurrent = current;
            }
        }

        public SearchCriterion ToCriterion() =>
            new(suffix, code is { Length: <= CodeTable.MaxCodeLength } ? code : null, codeSystem, CodeSystem.FromOid(codeSystem), displayName);
    }

    [GeneratedRegex(@"^mainSearchCriteria\.(?<form>[vc])\.(?<part>cs|c|dn)(?<n>[0-9]{0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CriterionName();

    [GeneratedRegex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
