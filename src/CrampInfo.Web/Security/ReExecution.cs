using Microsoft.AspNetCore.Diagnostics;

namespace CrampInfo.Web.Security;

public static class ReExecution
{
    /// <summary>True while the error page renders for a request that was refused or failed.</summary>
    public static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
