namespace CrampInfo.Web.Articles;

/// <summary>
/// The reading level the Spanish article pages are held to, which /es/about states and the Spanish readability
/// test checks (docs/glosario.md, "Readability"): the Fernández-Huerta score, where 70 to 80 is "fairly easy",
/// about US grade 6 to 7, the level of the English pages.
/// </summary>
public static class ReadingLevel
{
    public const int SpanishMinimumFernandezHuerta = 70;
}
