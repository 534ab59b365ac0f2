using System.Globalization;
using System.Security.Cryptography;

namespace CrampInfo.Web.Data;

/// <summary>
/// The data shipped inside the app (USDA SR28 extract, the everyday-foods list and the 2019 Adequate Intakes, all public domain),
/// read from embedded CSV files so the database can always be rebuilt without anything outside the app.
/// </summary>
public static class SeedData
{
    const string FoodsFile = "SeedData/usda-sr28/foods.csv";
    const string PortionsFile = "SeedData/usda-sr28/portions.csv";
    const string IntakesFile = "SeedData/reference-intakes/potassium-ai-2019.csv";
    const string EverydayFoodsFile = "SeedData/everyday-foods/everyday-foods.csv";

    /// <summary>Bump when the way the data is loaded changes, so existing databases reload.</summary>
    const int LoaderRevision = 1;

    static readonly Lazy<string> ComputedVersion = new(ComputeVersion);

    /// <summary>The everyday-foods list, in its order (SeedData/everyday-foods/README.md gives its rules).</summary>
    public static IEnumerable<EverydayFood> EverydayFoods() =>
        Rows(EverydayFoodsFile).Select((r, i) => new EverydayFood
        {
            Ndb = r[0],
            Position = i,
            Group = r[1],
            Name = r[2],
            Synonyms = r[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            PlanSeq = int.Parse(r[4], CultureInfo.InvariantCulture),
            PotassiumRich = r[5] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{EverydayFoodsFile}: potassium_rich of {r[0]} is '{r[5]}', not yes or no."),
            },
        });

    /// <summary>Names the shipped data exactly: a change to any file gives a new version, and a reload.</summary>
    public static string Version => ComputedVersion.Value;

    public static IEnumerable<Food> Foods() =>
        Rows(FoodsFile).Select(r => new Food
        {
            Ndb = r[0],
            Description = r[1],
            FoodGroup = r[2],
            PotassiumMgPer100g = Number(r[3]),
            MagnesiumMgPer100g = OptionalNumber(r[4]),
            SodiumMgPer100g = OptionalNumber(r[5]),
        });

    public static IEnumerable<Portion> Portions() =>
        Rows(PortionsFile).Select(r => new Portion
        {
            Ndb = r[0],
            Seq = int.Parse(r[1], CultureInfo.InvariantCulture),
            Amount = Number(r[2]),
            Measure = r[3],
            Grams = Number(r[4]),
        });

    public static IEnumerable<ReferenceIntake> ReferenceIntakes() =>
        Rows(IntakesFile).Select((r, i) => new ReferenceIntake
        {
            Id = i + 1,
            LifeStage = r[0],
            AgeFromYears = Number(r[1]),
            AgeToYears = OptionalNumber(r[2]),
            Sex = r[3],
            AdequateIntakeMg = int.Parse(r[4], CultureInfo.InvariantCulture),
        });

    static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    static double? OptionalNumber(string text) => text.Length == 0 ? null : Number(text);

    /// <summary>The data rows of an embedded CSV file (header skipped).</summary>
    static IEnumerable<string[]> Rows(string name)
    {
        using var reader = new StreamReader(Open(name));
        var first = true;
        foreach (var row in Csv.Read(reader))
        {
            if (first) { first = false; continue; }
            yield return row;
        }
    }

    static Stream Open(string name) =>
        typeof(SeedData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded data file {name} is missing from the build.");

    static string ComputeVersion()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { FoodsFile, PortionsFile, IntakesFile, EverydayFoodsFile })
        {
            using var stream = Open(name);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        var digest = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return $"sr28+everyday+ai2019/r{LoaderRevision}/{digest}";
    }
}

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.</summary>
public static class Csv
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') { field.Append(ch); continue; }
                if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return fields.ToArray();
                    fields.Clear(); any = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
