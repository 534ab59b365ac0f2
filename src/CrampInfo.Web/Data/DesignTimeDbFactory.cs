using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrampInfo.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<CrampInfoDb>
{
    public CrampInfoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CrampInfoDb>().UseSqlite("Data Source=design-time.db").Options);
}
