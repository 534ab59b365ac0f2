using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace CrampInfo.Web.Infobutton;

public sealed record FeedCategory(string Scheme, string Term);

public sealed record FeedLink(string Rel, string Href, string HrefLang, string Title);

public sealed record FeedEntry(string Title, string Id, DateTimeOffset Updated, string Summary, string Lang,
    IReadOnlyList<FeedLink> Links, IReadOnlyList<FeedCategory> Categories);

/// <summary>
/// The answer for a program, one tree written two ways: an Atom 1.0 feed, and the same feed in the JSON shape
/// infobutton managers read (<c>{"feed": {...}}</c>, element text in <c>"_value"</c>, attributes as members,
/// <c>category</c>, <c>link</c> and <c>entry</c> always arrays, no namespaces).
/// </summary>
public sealed record InfobuttonFeed(string Title, string Subtitle, string AuthorName, string AuthorUri, DateTimeOffset Updated,
    string Id, string Lang, IReadOnlyList<FeedCategory> Categories, IReadOnlyList<FeedEntry> Entries)
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string FeedTitle = "CrampInfo: pages for the codes asked about";
    public const string FeedSubtitle = "Plain-language pages about leg cramps and potassium";
    public const string LinkType = "html";

    /// <summary>
    /// The feed of an answer. Its categories echo only what was searched for, the recipient, the language and
    /// the kind of answer, each as sent (codes and display names cut to what can be written in XML); never the
    /// age, sex, an observation or anything else sent.
    /// </summary>
    public static InfobuttonFeed Of(InfobuttonAnswer answer, string origin, DateOnly reviewed, DateTimeOffset now)
    {
        var request = answer.Request;
        var categories = new List<FeedCategory>();
        foreach (var criterion in request.Criteria)
        {
            Echo(InfobuttonRequest.CodeName + criterion.Suffix, criterion.Code);
            Echo(InfobuttonRequest.CodeSystemName + criterion.Suffix, criterion.CodeSystemText);
            Echo(InfobuttonRequest.DisplayNameName + criterion.Suffix, criterion.DisplayName);
        }
        Echo(InfobuttonRequest.RecipientName, request.Recipient);
        Echo(InfobuttonRequest.LanguageName, request.Language);
        Echo(InfobuttonRequest.ResponseTypeName, request.ResponseType switch
        {
            ResponseType.Atom => InfobuttonRequest.AtomType,
            ResponseType.Json => InfobuttonRequest.JsonType,
            _ => null,
        });

        var updated = new DateTimeOffset(reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = answer.Entries.Select(e =>
        {
            var links = new List<FeedLink> { new("alternate", origin + e.Path, answer.Language, e.Topic.Title) };
            if (e.CalculatorPath is not null) links.Add(new("related", origin + e.CalculatorPath, answer.Language, Topics.CalculatorTitle));
            var matched = e.Matches.SelectMany(m => new[]
            {
                new FeedCategory(InfobuttonRequest.CodeName, m.Code),
                new FeedCategory(InfobuttonRequest.CodeSystemName, m.Row.System.Oid),
            }).Distinct().ToList();
            return new FeedEntry(e.Topic.Title, origin + e.Path, updated, e.Topic.Summary, answer.Language, links, matched);
        }).ToList();

        return new InfobuttonFeed(FeedTitle, FeedSubtitle, "CrampInfo", origin + "/", now, $"urn:uuid:{Guid.NewGuid()}",
            answer.Language, categories, entries);

        void Echo(string scheme, string? term)
        {
            var text = XmlSafe(term);
            if (!string.IsNullOrEmpty(text)) categories.Add(new FeedCategory(scheme, text));
        }
    }

    /// <summary>The text less any character XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string? XmlSafe(string? text)
    {
        if (text is null) return null;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { kept.Append(c).Append(text[++i]); continue; }
            if (XmlConvert.IsXmlChar(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public byte[] ToAtom()
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, Lang);
            Text("title", Title);
            Text("subtitle", Subtitle);
            xml.WriteStartElement("author");
            xml.WriteElementString("name", AtomNamespace, AuthorName);
            xml.WriteElementString("uri", AtomNamespace, AuthorUri);
            xml.WriteEndElement();
            xml.WriteElementString("updated", AtomNamespace, Time(Updated));
            xml.WriteElementString("id", AtomNamespace, Id);
            Categories_(Categories);
            foreach (var entry in Entries)
            {
                xml.WriteStartElement("entry");
                xml.WriteAttributeString("xml", "lang", null, entry.Lang);
                Text("title", entry.Title);
                foreach (var link in entry.Links)
                {
                    xml.WriteStartElement("link");
                    xml.WriteAttributeString("rel", link.Rel);
                    xml.WriteAttributeString("type", LinkType);
                    xml.WriteAttributeString("hreflang", link.HrefLang);
                    xml.WriteAttributeString("href", link.Href);
                    xml.WriteAttributeString("title", link.Title);
                    xml.WriteEndElement();
                }
                xml.WriteElementString("id", AtomNamespace, entry.Id);
                xml.WriteElementString("updated", AtomNamespace, Time(entry.Updated));
                Text("summary", entry.Summary);
                Categories_(entry.Categories);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();

            void Text(string name, string value)
            {
                xml.WriteStartElement(name);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(value);
                xml.WriteEndElement();
            }

            void Categories_(IEnumerable<FeedCategory> categories)
            {
                foreach (var category in categories)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("scheme", category.Scheme);
                    xml.WriteAttributeString("term", category.Term);
                    xml.WriteEndElement();
                }
            }
        }
        return buffer.ToArray();
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("feed");
            json.WriteString("lang", Lang);
            Text("title", Title, "text");
            Text("subtitle", Subtitle, "text");
            json.WriteStartObject("author");
            Text("name", AuthorName);
            Text("uri", AuthorUri);
            json.WriteEndObject();
            Text("updated", Time(Updated));
            Text("id", Id);
            Categories_(Categories);
            json.WriteStartArray("entry");
            foreach (var entry in Entries)
            {
                json.WriteStartObject();
                json.WriteString("lang", entry.Lang);
                Text("title", entry.Title, "text");
                json.WriteStartArray("link");
                foreach (var link in entry.Links)
                {
                    json.WriteStartObject();
                    json.WriteString("rel", link.Rel);
                    json.WriteString("type", LinkType);
                    json.WriteString("hreflang", link.HrefLang);
                    json.WriteString("href", link.Href);
                    json.WriteString("title", link.Title);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                Text("id", entry.Id);
                Text("updated", Time(entry.Updated));
                Text("summary", entry.Summary, "text");
                Categories_(entry.Categories);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            void Text(string name, string value, string? type = null)
            {
                json.WriteStartObject(name);
                json.WriteString("_value", value);
                if (type is not null) json.WriteString("type", type);
                json.WriteEndObject();
            }

            void Categories_(IEnumerable<FeedCategory> categories)
            {
                json.WriteStartArray("category");
                foreach (var category in categories)
                {
                    json.WriteStartObject();
                    json.WriteString("scheme", category.Scheme);
                    json.WriteString("term", category.Term);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
        }
        return buffer.ToArray();
    }
}
