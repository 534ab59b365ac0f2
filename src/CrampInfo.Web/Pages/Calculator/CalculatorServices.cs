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
        // The plan's candidates: the everyday-foods list's potassium-rich foods, chosen once from the food table.
        services.AddSingleton(sp => PlanCandidates.From(sp.GetRequiredService<FoodTable>()));
        return services;
    }
}
