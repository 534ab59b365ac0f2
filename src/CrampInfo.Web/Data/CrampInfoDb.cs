using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Data;

public sealed class CrampInfoDb(DbContextOptions<CrampInfoDb> options) : DbContext(options)
{
    public DbSet<Food> Foods => Set<Food>();
    public DbSet<Portion> Portions => Set<Portion>();
    public DbSet<ReferenceIntake> ReferenceIntakes => Set<ReferenceIntake>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Food>(food =>
        {
            food.ToTable("foods");
            food.HasKey(f => f.Ndb);
            food.Property(f => f.Ndb).HasColumnName("ndb").HasMaxLength(5);
            food.Property(f => f.Description).HasColumnName("description");
            food.Property(f => f.FoodGroup).HasColumnName("food_group");
            food.Property(f => f.PotassiumMgPer100g).HasColumnName("potassium_mg_per_100g");
            food.Property(f => f.MagnesiumMgPer100g).HasColumnName("magnesium_mg_per_100g");
            food.Property(f => f.SodiumMgPer100g).HasColumnName("sodium_mg_per_100g");
            food.HasMany(f => f.Portions).WithOne().HasForeignKey(p => p.Ndb);
        });

        model.Entity<Portion>(portion =>
        {
            portion.ToTable("portions");
            portion.HasKey(p => new { p.Ndb, p.Seq });
            portion.Property(p => p.Ndb).HasColumnName("ndb");
            portion.Property(p => p.Seq).HasColumnName("seq");
            portion.Property(p => p.Amount).HasColumnName("amount");
            portion.Property(p => p.Measure).HasColumnName("measure");
            portion.Property(p => p.Grams).HasColumnName("grams");
        });

        model.Entity<ReferenceIntake>(row =>
        {
            row.ToTable("reference_intakes");
            row.HasKey(r => r.Id);
            row.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            row.Property(r => r.LifeStage).HasColumnName("life_stage");
            row.Property(r => r.AgeFromYears).HasColumnName("age_from_years");
            row.Property(r => r.AgeToYears).HasColumnName("age_to_years");
            row.Property(r => r.Sex).HasColumnName("sex");
            row.Property(r => r.AdequateIntakeMg).HasColumnName("adequate_intake_mg_per_day");
        });

        model.Entity<DataVersion>(version =>
        {
            version.ToTable("data_version");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
            version.Property(v => v.Version).HasColumnName("version");
            version.Property(v => v.LoadedAtUtc).HasColumnName("loaded_at_utc");
        });
    }
}
