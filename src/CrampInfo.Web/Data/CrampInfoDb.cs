using Microsoft.EntityFrameworkCore;

namespace CrampInfo.Web.Data;

public sealed class CrampInfoDb(DbContextOptions<CrampInfoDb> options) : DbContext(options)
{
    public DbSet<Food> Foods => Set<Food>();
    public DbSet<Portion> Portions => Set<Portion>();
    public DbSet<EverydayFood> EverydayFoods => Set<EverydayFood>();
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
            food.HasOne(f => f.Everyday).WithOne().HasForeignKey<EverydayFood>(e => e.Ndb);
            food.Ignore(f => f.PlanPortion);
            food.Ignore(f => f.DisplayName);
        });

        model.Entity<EverydayFood>(everyday =>
        {
            everyday.ToTable("everyday_foods");
            everyday.HasKey(e => e.Ndb);
            everyday.Property(e => e.Ndb).HasColumnName("ndb").HasMaxLength(5);
            everyday.Property(e => e.Position).HasColumnName("position");
            everyday.HasIndex(e => e.Position).IsUnique();
            everyday.Property(e => e.Group).HasColumnName("food_group");
            everyday.Property(e => e.Name).HasColumnName("name");
            // One text column, the words separated by ';' as in the list's CSV.
            everyday.Property(e => e.Synonyms).HasColumnName("synonyms").HasConversion(
                words => string.Join(';', words),
                text => text.Split(';', StringSplitOptions.RemoveEmptyEntries),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!), words => string.Join(';', words).GetHashCode(), words => words.ToList()));
            everyday.Property(e => e.PlanSeq).HasColumnName("plan_seq");
            everyday.Property(e => e.PotassiumRich).HasColumnName("potassium_rich");
            everyday.Ignore(e => e.IsDriedFruit);
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
