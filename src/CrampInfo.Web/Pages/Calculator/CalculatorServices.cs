using CrampInfo.Web.Data;
using FluentValidation;

namespace CrampInfo.Web.Pages.Calculator;

public static class CalculatorServices
{
    public static IServiceCollection AddCrampInfoCalculator(this IServiceCollection services)
    {
        // Validators are called by hand in the handlers (FluentValidation's ASP.NET auto-validation is deprecated).
        services.AddValidatorsFromAssemblyContaining<CalculatorInputValidator>(ServiceLifetime.Singleton);
        services.AddScoped<CalculatorEvaluator>();
        // The plan's candidates are the everyday-foods list's potassium-rich foods. The list reaches the food
        // table with the food-search work (issue 11); until then there are none, and no plan is shown
        // (NoPlanReason.NoCandidates).
        services.AddSingleton(new PlanCandidates([]));
        return services;
    }
}
