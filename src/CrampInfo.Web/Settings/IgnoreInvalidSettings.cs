using System.Collections;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CrampInfo.Web.Settings;

/// <summary>
/// Checks a settings section once it is bound, with its FluentValidation validator (called by hand), and drops
/// each value that is not valid with a warning in the log: a typo in a setting never breaks a page or stops the
/// site. A dropped value reads as not set, so the site behaves as though the line were not there.
/// </summary>
/// <param name="section">The setting's section, as the README and the log name it.</param>
/// <param name="listSetting">For a section that is itself a list (FeaturedFoods), the options property that holds it.</param>
public sealed partial class IgnoreInvalidSettings<TOptions>(string section, IValidator<TOptions> validator, ILogger<IgnoreInvalidSettings<TOptions>> log, string? listSetting = null)
    : IPostConfigureOptions<TOptions> where TOptions : class
{
    string SettingName(string key) => key == listSetting ? section : $"{section}:{key}";

    public void PostConfigure(string? name, TOptions options)
    {
        BlankIsNotSet(options);
        // Entries of a list are removed from the end backwards, so the indexes of the others stay right.
        var failures = validator.Validate(options).Errors
            .GroupBy(f => f.PropertyName)
            .OrderByDescending(f => ListEntry().Match(f.Key) is { Success: true } m ? int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) : -1);
        foreach (var failure in failures)
        {
            var first = failure.First();
            if (ListEntry().Match(failure.Key) is { Success: true } entry)
            {
                log.LogWarning("Ignoring an entry of {Setting:l}: {Reason:l}", SettingName(entry.Groups["list"].Value), first.ErrorMessage);
                var list = (IList)typeof(TOptions).GetProperty(entry.Groups["list"].Value)!.GetValue(options)!;
                list.RemoveAt(int.Parse(entry.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                log.LogWarning("Ignoring {Setting:l}: {Reason:l}", SettingName(failure.Key), first.ErrorMessage);
                typeof(TOptions).GetProperty(failure.Key)!.SetValue(options, null);
            }
        }
    }

    /// <summary>Values are read without the spaces around them, and a blank one (<c>Clinic__Name=</c>) counts as not set, in lists too.</summary>
    static void BlankIsNotSet(object options)
    {
        foreach (var property in options.GetType().GetProperties().Where(p => p.CanWrite))
        {
            var value = property.GetValue(options);
            if (value is string text) property.SetValue(options, string.IsNullOrWhiteSpace(text) ? null : text.Trim());
            else if (value is List<string> texts)
            {
                texts.RemoveAll(string.IsNullOrWhiteSpace);
                for (var i = 0; i < texts.Count; i++) texts[i] = texts[i].Trim();
            }
            else if (value is IList entries and not List<string>)
                foreach (var entry in entries.Cast<object>()) BlankIsNotSet(entry);
        }
    }

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]")]
    private static partial Regex ListEntry();
}

public static class SettingsServices
{
    /// <summary>
    /// The settings a clinic sets (README, "Configuration"), each section bound to its options class and checked
    /// once when first read: a value that is not valid is ignored with a warning.
    /// </summary>
    public static IServiceCollection AddCrampInfoSettings(this IServiceCollection services)
    {
        Section<ClinicOptions, ClinicOptionsValidator>(services, ClinicOptions.Section);
        Section<EmbeddingOptions, EmbeddingOptionsValidator>(services, EmbeddingOptions.Section);
        Section<ContentOptions, ContentOptionsValidator>(services, ContentOptions.Section);
        Section<RateLimitingOptions, RateLimitingOptionsValidator>(services, RateLimitingOptions.Section);
        Section<ForwardedHeadersSettings, ForwardedHeadersSettingsValidator>(services, ForwardedHeadersSettings.Section);
        // FeaturedFoods is a list at the top of the section: it binds to the options' Foods.
        services.AddOptions<FeaturedFoodsOptions>().Configure<IConfiguration>((options, configuration) =>
            configuration.GetSection(FeaturedFoodsOptions.Section).Bind(options.Foods));
        services.AddSingleton<IValidator<FeaturedFoodsOptions>, FeaturedFoodsOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<FeaturedFoodsOptions>>(sp => new IgnoreInvalidSettings<FeaturedFoodsOptions>(
            FeaturedFoodsOptions.Section, sp.GetRequiredService<IValidator<FeaturedFoodsOptions>>(), sp.GetRequiredService<ILogger<IgnoreInvalidSettings<FeaturedFoodsOptions>>>(),
            listSetting: nameof(FeaturedFoodsOptions.Foods)));
        return services;
    }

    static void Section<TOptions, TValidator>(IServiceCollection services, string section)
        where TOptions : class where TValidator : class, IValidator<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section);
        services.AddSingleton<IValidator<TOptions>, TValidator>();
        services.AddSingleton<IPostConfigureOptions<TOptions>>(sp => new IgnoreInvalidSettings<TOptions>(
            section, sp.GetRequiredService<IValidator<TOptions>>(), sp.GetRequiredService<ILogger<IgnoreInvalidSettings<TOptions>>>()));
    }
}
