using CrampInfo.Web.Intake;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CrampInfo.Web.Citations;

/// <summary>
/// A numbered citation, the same on every page: <c>&lt;cite-source keys="nasem-2019 iom-2004" /&gt;</c> or
/// <c>&lt;cite-source figure="ReferenceFigures.DailyValueMg" /&gt;</c> renders
/// <c>&lt;sup class="cite"&gt;[&lt;a href="/references#src-1"&gt;1&lt;/a&gt;]&lt;/sup&gt;</c>. Numbers come from
/// <see cref="Sources.All"/>, so they never need editing by hand; an unknown key fails the page (and its test).
/// Screen readers hear "source 1"; brackets stay outside the link so the link text is just the number.
/// Each number cited is also noted for the request, so <c>_PageSources</c> can list the page's sources in print.
/// </summary>
[HtmlTargetElement("cite-source", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CiteTagHelper : TagHelper
{
    /// <summary>Source keys from <see cref="Sources"/>, separated by spaces.</summary>
    public string? Keys { get; set; }

    /// <summary>A reference figure: cites the source it carries.</summary>
    public ReferenceFigure? Figure { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The source numbers cited so far in this request (a <c>SortedSet&lt;int&gt;</c> in HttpContext.Items).</summary>
    public static SortedSet<int> CitedIn(HttpContext context)
    {
        if (context.Items[typeof(CiteTagHelper)] is not SortedSet<int> cited)
            context.Items[typeof(CiteTagHelper)] = cited = [];
        return cited;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var keys = (Keys ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Figure is not null) keys.Insert(0, Figure.SourceKey);
        if (keys.Count == 0) throw new InvalidOperationException("<cite-source> needs keys or a figure.");

        var numbers = keys.Select(Sources.NumberOf).Distinct().Order().ToList();
        CitedIn(ViewContext.HttpContext).UnionWith(numbers);
        output.TagName = "sup";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "cite");
        var links = numbers.Select(n =>
            $"<a href=\"/references#src-{n}\"><span class=\"visually-hidden\">source </span>{n}</a>");
        output.Content.SetHtmlContent("[" + string.Join(", ", links) + "]");
    }
}
