namespace CrampInfo.Web.Intake;

/// <summary>
/// A food the plan may suggest, in its plan portion (one sitting, at most 250 g): a food of the everyday-foods
/// list marked potassium-rich, with at most <see cref="GapPlanner.MaxSodiumMgPerPortion"/> of sodium in that
/// portion. <see cref="Position"/> is its place in the list, which breaks ties.
/// </summary>
public sealed record PlanCandidate(
    string Ndb, string Name, string Description, int PortionSeq, string Portion, decimal PortionGrams,
    decimal PortionPotassiumMg, bool IsDriedFruit, int Position);

/// <summary>One food of a plan: <see cref="Count"/> plan portions of it.</summary>
public sealed record PlanItem(PlanCandidate Food, int Count)
{
    public decimal Grams => Food.PortionGrams * Count;
    public decimal PotassiumMg => Food.PortionPotassiumMg * Count;
}

/// <summary>
/// A plan of at most three foods, in the everyday-foods list's order. <see cref="CoversRemaining"/> is false
/// when no three foods could cover what remains: the plan then holds the three that give the most.
/// </summary>
public sealed record GapPlan(IReadOnlyList<PlanItem> Items, bool CoversRemaining)
{
    public decimal Grams => Items.Sum(i => i.Grams);
    public decimal PotassiumMg => Items.Sum(i => i.PotassiumMg);
}

/// <summary>What a plan may hold for a person's age: portions of one food, and grams of one food (of dried fruit).</summary>
public sealed record PlanCaps(int MaxCount, decimal MaxGramsPerFood, decimal MaxDriedFruitGrams)
{
    /// <summary>The counts of a food's plan portion that keep within the caps: 1, or 1 and 2; none when one portion is already too much.</summary>
    public IEnumerable<int> CountsOf(PlanCandidate food)
    {
        var maxGrams = food.IsDriedFruit ? Math.Min(MaxDriedFruitGrams, MaxGramsPerFood) : MaxGramsPerFood;
        return Enumerable.Range(1, MaxCount).Where(count => count * food.PortionGrams <= maxGrams);
    }
}

/// <summary>Why a result shows no plan, in the order the rules are checked.</summary>
public enum NoPlanReason
{
    /// <summary>Some field is not valid: a wrong target or uncounted tablets could make any advice wrong.</summary>
    InvalidField,
    /// <summary>A clinician's limit was given (valid or not): the person is to stay under it, not add to it.</summary>
    ClinicianLimit,
    /// <summary>No target to close a gap to (no age, or no sex from age 9).</summary>
    NoTarget,
    /// <summary>Under 1 year: babies get their potassium from breast milk or formula.</summary>
    Infant,
    /// <summary>Ages 1 to 3: dried fruit and other foods are choking risks, and no plan is given.</summary>
    YoungChild,
    /// <summary>Tablets at a prescription strength: the prescriber manages the person's potassium.</summary>
    PrescriptionStrength,
    /// <summary>No food entered: there is no day to add to yet.</summary>
    NoFoodsEntered,
    /// <summary>The day has reached the Adequate Intake.</summary>
    NothingRemains,
    /// <summary>No food qualifies as a candidate (an everyday-foods list without potassium-rich foods).</summary>
    NoCandidates,
}

/// <summary>What the plan rules decided: a plan, or the reason there is none.</summary>
public sealed record PlanOutcome(GapPlan? Plan, NoPlanReason? Reason)
{
    public static PlanOutcome None(NoPlanReason reason) => new(null, reason);
}

/// <summary>The facts about a result that decide whether a plan may be shown.</summary>
/// <param name="AnyFieldInvalid">Any parameter or item was not valid.</param>
/// <param name="LimitGiven"><c>limit-mg</c> or <c>limit-meq</c> was present, valid or not.</param>
/// <param name="FoodsEntered">Foods counted in the day.</param>
/// <param name="PrescriptionStrength">A supplement strength was given over 99 mg, in mEq or as potassium chloride, whatever the count.</param>
public sealed record PlanConditions(
    bool AnyFieldInvalid, bool LimitGiven, Target? Target, decimal? AgeYears, int FoodsEntered, decimal? RemainingMg,
    bool PrescriptionStrength);

/// <summary>
/// "Foods that would close the gap" (the public interface, "Suggestions"): advice to eat more potassium only
/// where it is safe, and then one realistic plan of at most three foods. Among the plans that cover what
/// remains, the one with the fewest foods, then the fewest grams, then the earliest in the list's order;
/// when no three foods can cover it, the three that give the most potassium. Knows nothing of HTTP or the
/// database: candidates come in as values.
/// </summary>
public static class GapPlanner
{
    public const int MaxFoods = 3;

    /// <summary>No plan under this age: dried fruit and other foods are choking risks for children under 4.</summary>
    public const decimal MinimumAgeYears = 4;

    /// <summary>Ages 4 to 8 (under 9, where the children's Adequate Intake row ends) get the small caps.</summary>
    public const decimal SmallCapsBelowAgeYears = 9;

    /// <summary>
    /// Sodium in a candidate's plan portion may be at most this: 20% of the 2,300 mg Daily Value for sodium,
    /// which the FDA calls high. A plan to eat more potassium should not add a salty food.
    /// </summary>
    public const decimal MaxSodiumMgPerPortion = 460;

    public static readonly PlanCaps OlderChildAndAdultCaps = new(MaxCount: 2, MaxGramsPerFood: 350, MaxDriedFruitGrams: 50);
    public static readonly PlanCaps YoungChildCaps = new(MaxCount: 1, MaxGramsPerFood: 175, MaxDriedFruitGrams: 50);

    /// <summary>The caps for an age, or null under 4 (no plan).</summary>
    public static PlanCaps? CapsFor(decimal ageYears) =>
        ageYears < MinimumAgeYears ? null : ageYears < SmallCapsBelowAgeYears ? YoungChildCaps : OlderChildAndAdultCaps;

    /// <summary>The plan rules in full: whether a plan may be shown, and if so which.</summary>
    public static PlanOutcome Decide(PlanConditions conditions, PlanFoods foods)
    {
        if (WhyNoPlan(conditions) is { } reason) return PlanOutcome.None(reason);
        var caps = CapsFor(conditions.AgeYears!.Value)!;
        return Build(conditions.RemainingMg!.Value, foods.OptionsFor(caps)) is { } plan
            ? new PlanOutcome(plan, null)
            : PlanOutcome.None(NoPlanReason.NoCandidates);
    }

    public static PlanOutcome Decide(PlanConditions conditions, IReadOnlyList<PlanCandidate> candidates) =>
        Decide(conditions, new PlanFoods(candidates));

    /// <summary>Why no plan may be shown, or null when one may.</summary>
    public static NoPlanReason? WhyNoPlan(PlanConditions c)
    {
        if (c.AnyFieldInvalid) return NoPlanReason.InvalidField;
        if (c.LimitGiven) return NoPlanReason.ClinicianLimit;
        if (c.Target is not { Kind: TargetKind.AdequateIntake, Row: { } row } || c.AgeYears is not { } age) return NoPlanReason.NoTarget;
        if (row.IsInfant || age < 1) return NoPlanReason.Infant;
        if (age < MinimumAgeYears) return NoPlanReason.YoungChild;
        if (c.PrescriptionStrength) return NoPlanReason.PrescriptionStrength;
        if (c.FoodsEntered == 0) return NoPlanReason.NoFoodsEntered;
        if (c.RemainingMg is not > 0) return NoPlanReason.NothingRemains;
        return null;
    }

    public static GapPlan? Build(decimal remainingMg, PlanCaps caps, IReadOnlyList<PlanCandidate> candidates) =>
        Build(remainingMg, PlanOptions.For(caps, candidates));

    /// <summary>
    /// The plan for <paramref name="remainingMg"/> from <paramref name="options"/> (the candidates within one
    /// set of caps), or null when no candidate fits the caps at all. Exact: the same answer as trying every
    /// combination of up to three foods and their counts, found by trying one food, then pairs, then triples,
    /// where the last food of a pair or triple is looked up among those that give enough.
    /// </summary>
    public static GapPlan? Build(decimal remainingMg, PlanOptions options)
    {
        var byPotassium = options.ByPotassium;
        if (byPotassium.Length == 0) return null;

        PlanItem[]? best = null;
        var (bestFoods, bestGrams) = (int.MaxValue, decimal.MaxValue);
        void Consider(PlanItem[] plan)
        {
            var grams = 0m;
            foreach (var item in plan) grams += item.Grams;
            // Fewer foods, then fewer grams, decide most comparisons; only a tie needs the full order.
            if (plan.Length > bestFoods || (plan.Length == bestFoods && grams > bestGrams)) return;
            if (best is null || PlanOrder.Compare(plan, best) < 0) (best, bestFoods, bestGrams) = (plan, plan.Length, grams);
        }

        // One food.
        foreach (var option in byPotassium)
        {
            if (option.PotassiumMg < remainingMg) break; // options are in falling potassium
            Consider([option]);
        }
        if (best is not null) return Plan(best, covers: true);

        // Two foods: for each first food, the best second among those that give enough.
        foreach (var first in byPotassium)
            if (options.Best(remainingMg - first.PotassiumMg, first.Food) is { } second)
                Consider([first, second]);
        if (best is not null) return Plan(best, covers: true);

        // Three foods: for each pair, the best third among those that give enough.
        var most = byPotassium[0].PotassiumMg;
        for (var i = 0; i < byPotassium.Length; i++)
        {
            if (byPotassium[i].PotassiumMg * 2 + most < remainingMg) break;
            for (var j = i + 1; j < byPotassium.Length; j++)
            {
                var (a, b) = (byPotassium[i], byPotassium[j]);
                if (a.PotassiumMg + b.PotassiumMg + most < remainingMg) break;
                if (ReferenceEquals(a.Food, b.Food)) continue;
                if (options.Best(remainingMg - a.PotassiumMg - b.PotassiumMg, a.Food, b.Food) is { } third)
                    Consider([a, b, third]);
            }
        }
        if (best is not null) return Plan(best, covers: true);

        // Nothing covers it: each food at its most, the three that give the most potassium.
        var mostOfEach = byPotassium
            .GroupBy(o => o.Food, ReferenceEqualityComparer.Instance)
            .Select(g => g.Cast<PlanItem>().MaxBy(o => o.Count)!)
            .OrderByDescending(o => o.PotassiumMg).ThenBy(o => o.Grams).ThenBy(o => o.Food.Position)
            .Take(MaxFoods)
            .ToArray();
        return Plan(mostOfEach, covers: false);
    }

    static GapPlan Plan(PlanItem[] items, bool covers) =>
        new(items.OrderBy(i => i.Food.Position).ToList(), covers);

    /// <summary>
    /// The order among plans that cover what remains: fewer foods, then fewer grams, then the list's order
    /// (the foods' positions, sorted, compared in turn), then smaller counts in that order.
    /// </summary>
    public static class PlanOrder
    {
        public static int Compare(IReadOnlyList<PlanItem> x, IReadOnlyList<PlanItem> y)
        {
            var byFoods = x.Count.CompareTo(y.Count);
            if (byFoods != 0) return byFoods;
            var byGrams = x.Sum(i => i.Grams).CompareTo(y.Sum(i => i.Grams));
            if (byGrams != 0) return byGrams;
            var xs = x.OrderBy(i => i.Food.Position).ToArray();
            var ys = y.OrderBy(i => i.Food.Position).ToArray();
            for (var k = 0; k < xs.Length; k++)
            {
                var byPosition = xs[k].Food.Position.CompareTo(ys[k].Food.Position);
                if (byPosition != 0) return byPosition;
            }
            for (var k = 0; k < xs.Length; k++)
            {
                var byCount = xs[k].Count.CompareTo(ys[k].Count);
                if (byCount != 0) return byCount;
            }
            return 0;
        }
    }
}

/// <summary>
/// The candidates within one set of caps, ready for <see cref="GapPlanner.Build(decimal, PlanOptions)"/>: every
/// allowed count of every food, in falling potassium, and for each prefix of that order the best three options
/// (fewest grams, then the list's order) of different foods. Three are enough, since a plan excludes at most two
/// foods already chosen. Built once per set of caps, since the candidates do not change.
/// </summary>
public sealed class PlanOptions
{
    readonly PlanItem[][] bestOfPrefix;

    PlanOptions(PlanItem[] byPotassium)
    {
        ByPotassium = byPotassium;
        bestOfPrefix = new PlanItem[byPotassium.Length + 1][];
        bestOfPrefix[0] = [];
        for (var t = 0; t < byPotassium.Length; t++)
            bestOfPrefix[t + 1] = Insert(bestOfPrefix[t], byPotassium[t]);
    }

    public static PlanOptions For(PlanCaps caps, IReadOnlyList<PlanCandidate> candidates) => new(candidates
        .SelectMany(food => caps.CountsOf(food).Select(count => new PlanItem(food, count)))
        .Where(o => o.PotassiumMg > 0)
        .OrderByDescending(o => o.PotassiumMg)
        .ToArray());

    /// <summary>Every allowed option, in falling potassium.</summary>
    public PlanItem[] ByPotassium { get; }

    static PlanItem[] Insert(PlanItem[] best, PlanItem option)
    {
        var same = Array.FindIndex(best, b => ReferenceEquals(b.Food, option.Food));
        if (same >= 0 && Order(best[same]).CompareTo(Order(option)) <= 0) return best;
        return best.Where(b => !ReferenceEquals(b.Food, option.Food)).Append(option).OrderBy(Order).Take(GapPlanner.MaxFoods).ToArray();
    }

    static (decimal Grams, int Position, int Count) Order(PlanItem option) => (option.Grams, option.Food.Position, option.Count);

    /// <summary>The best option with at least <paramref name="neededMg"/> of potassium whose food is not excluded, or null.</summary>
    public PlanItem? Best(decimal neededMg, PlanCandidate? exclude1 = null, PlanCandidate? exclude2 = null)
    {
        // How many options give at least neededMg: they are a prefix of the falling order.
        int lo = 0, hi = ByPotassium.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ByPotassium[mid].PotassiumMg >= neededMg) lo = mid + 1; else hi = mid;
        }
        foreach (var option in bestOfPrefix[lo])
            if (!ReferenceEquals(option.Food, exclude1) && !ReferenceEquals(option.Food, exclude2)) return option;
        return null;
    }
}

/// <summary>The plan's candidates, with their options for each age's caps prepared once.</summary>
public sealed class PlanFoods(IReadOnlyList<PlanCandidate> candidates)
{
    readonly Lazy<PlanOptions> olderChildAndAdult = new(() => PlanOptions.For(GapPlanner.OlderChildAndAdultCaps, candidates));
    readonly Lazy<PlanOptions> youngChild = new(() => PlanOptions.For(GapPlanner.YoungChildCaps, candidates));

    public IReadOnlyList<PlanCandidate> All { get; } = candidates;

    public PlanOptions OptionsFor(PlanCaps caps) =>
        caps == GapPlanner.OlderChildAndAdultCaps ? olderChildAndAdult.Value
        : caps == GapPlanner.YoungChildCaps ? youngChild.Value
        : PlanOptions.For(caps, All);
}
