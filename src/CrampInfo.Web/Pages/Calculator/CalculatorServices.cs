using FluentValidation;

namespace CrampInfo.Web.Pages.Calculator;

public static class CalculatorServices
{
    public static IServiceCollection AddCrampInfoCalculator(this IServiceCollection services)
    {
        // Validators are called by hand in the handlers (FluentValidation's ASP.NET auto-validation is deprecated).
        services.AddValidatorsFromAssemblyContaining<CalculatorInputValidator>(ServiceLifetime.Singleton);
        services.AddScoped<CalculatorEvaluator>();
        return services;
    }
}
