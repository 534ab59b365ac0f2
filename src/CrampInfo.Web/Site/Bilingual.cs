using System.Globalization;

namespace CrampInfo.Web.Site;

/// <summary>
/// A short text written in both languages, for what a page sets outside its prose (its title and description):
/// the prose itself is in <c>_Prose.cshtml</c> and <c>_Prose.es.cshtml</c> beside the page, which view
/// localization picks by the same culture. The language is the request's UI culture, which request
/// localization sets from the path alone (es-US under /es, en-US otherwise); this never chooses it.
/// </summary>
public static class Bilingual
{
    /// <summary>True while rendering a Spanish page: the UI culture is Spanish (es-US, or its parent es).</summary>
    public static bool IsSpanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";

    /// <summary>The English or the Spanish text, for the page being rendered.</summary>
    public static string Choose(string english, string spanish) => IsSpanish ? spanish : english;
}
