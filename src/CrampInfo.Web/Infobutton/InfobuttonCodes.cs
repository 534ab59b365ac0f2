namespace CrampInfo.Web.Infobutton;

public static class InfobuttonCodes
{
    /// <summary>
    /// Reads the code table at start, so a row a clinic added that cannot be used is named in the log at once
    /// (and left out) rather than found by a records system. The endpoint itself is the Razor Page
    /// <c>/infobutton</c> (<see cref="InfobuttonModel"/>).
    /// </summary>
    public static void CheckAtStart(WebApplication app)
    {
        var table = CodeTable.Shipped;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InfobuttonCodes));
        foreach (var problem in table.Problems)
            log.LogWarning("Ignoring a row of {File}: {Problem}", CodeTable.ResourceName, problem);
        log.LogInformation("Infobutton: {Count} codes in {File}", table.Rows.Count, CodeTable.ResourceName);
    }
}
