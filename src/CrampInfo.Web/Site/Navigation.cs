namespace CrampInfo.Web.Site;

/// <summary>The site's public pages, in navigation order (paths are fixed by the public interface).</summary>
public static class Navigation
{
    public sealed record Link(string Path, string Label);

    public static readonly IReadOnlyList<Link> Main =
    [
        new("/", "Home"),
        new("/muscle-function", "Potassium and muscles"),
        new("/hypokalemia", "Low and high potassium"),
        new("/treatment", "Treating leg cramps"),
        new("/food-sources", "Food sources"),
        new("/calculator", "Intake calculator"),
    ];

    public static readonly IReadOnlyList<Link> Footer =
    [
        new("/references", "References"),
        new("/about", "About, privacy and accessibility"),
        new("/for-clinics", "For clinics"),
    ];
}
