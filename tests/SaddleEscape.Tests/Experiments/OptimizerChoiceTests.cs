using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.EscapeTime;
using SaddleEscape.Experiments.OctopusEscape;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.TensorDecomposition;
using SaddleEscape.Optimizers;
using System.Text.Json;

namespace SaddleEscape.Tests.Experiments;

public sealed class OptimizerChoiceTests
{
    /// <summary>
    /// Every method of the three experiments as it was written before the typed records: label → (catalogue name, --opt items).
    /// The typed methods must build exactly what these strings built.
    /// </summary>
    private static readonly Dictionary<string, (string Optimizer, string[] Options)> FormerText = new(StringComparer.Ordinal)
    {
        ["octopus/gd"] = ("gd", []),
        ["octopus/noisy-sgd"] = ("noisy-sgd", ["noise_radius=0.5", "noise_decay_steps=0"]),
        ["octopus/pgd"] = ("pgd", ["r=0.1", "g_thres=0.1", "f_thres=0.01", "t_thres=100"]),
        ["octopus/pagd"] = ("pagd", ["theta=0.2", "r=0.1", "epsilon=0.1", "interval=50", "s=0.1"]),
        ["octopus/" + EscapeTimeSettings.ExtendedGd] = ("gd", []),
        ["octopus/cubic"] = ("cubic", []),
        ["octopus/saddle-free-newton"] = ("saddle-free-newton", []),
        ["octopus/nc-descent"] = ("nc-descent", []),
        ["octopus/nc-descent (first-order)"] = ("nc-descent", ["oracle=first-order"]),
        ["tensor/noisy-sgd"] = ("noisy-sgd", []),
        ["tensor/pgd"] = ("pgd", []),
        ["tensor/gd"] = ("gd", []),
        ["tensor/pagd"] = ("pagd", []),
        ["tensor/pagd-nce-off"] = ("pagd", ["nce=false"]),
    };

    /// <summary>Every (experiment problem, label, typed choice) in the three experiments' method lists.</summary>
    public static TheoryData<string, string> Methods()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in OctopusComparison.Methods)
        {
            data.Add("octopus", m.Name);
        }

        foreach (var m in EscapeTimeSettings.Methods.Where(m => !OctopusComparison.Methods.Contains(m.Optimizer) || m.ExtendedRange))
        {
            data.Add("octopus", m.Label);
        }

        foreach (var m in TensorDecompositionSettings.Methods.Where(m => !m.IsPowerMethod))
        {
            data.Add("tensor", m.Label);
        }

        return data;
    }

    private static OptimizerChoice Choice(string family, string label) => family == "tensor"
        ? TensorDecompositionSettings.Methods.Single(m => m.Label == label).Optimizer!
        : OctopusComparison.Methods.FirstOrDefault(m => m.Name == label) ?? EscapeTimeSettings.Methods.Single(m => m.Label == label).Optimizer;

    private static IEnumerable<CatalogProblem> Problems(string family) => family == "tensor"
        ? [TensorDecompositionExperiment.Problem(5, false, 0, 0.1), TensorDecompositionExperiment.Problem(10, true, 3, 0.1)]
        : [ProblemCatalog.Get("octopus").Create(2, [], 0), ProblemCatalog.Get("octopus").Create(10, [], 4)];

    [Theory]
    [MemberData(nameof(Methods))]
    public void TheTypedMethodBuildsWhatItsFormerKeyValueTextBuilt(string family, string label)
    {
        Assert.True(FormerText.TryGetValue($"{family}/{label}", out var former), $"no former text for {family}/{label}: add it (a new method has none)");
        var choice = Choice(family, label);
        Assert.Equal(former.Optimizer, choice.Name);
        Assert.Equal(former.Options.Order(StringComparer.Ordinal), choice.Options.Order(StringComparer.Ordinal));
        foreach (var problem in Problems(family))
        {
            var definition = OptimizerCatalog.Get(former.Optimizer);
            var fromText = definition.Parse(former.Options, problem);
            var typed = definition.Bind(choice.Settings, problem);
            Assert.Equal(fromText.Settings, typed.Settings);
            Assert.Equal(fromText.RecommendedAndUsed, typed.RecommendedAndUsed);
            var a = definition.Create(former.Options, problem);
            var b = choice.Create(problem);
            Assert.Equal(a.GetType(), b.GetType());
            Assert.Equal(a.Settings, b.Settings);
            Assert.Equal(a.Describe(), b.Describe());
        }
    }

    [Fact]
    public void TheProblemsRecommendationsApplyToTheSettingsAChoiceLeavesAtTheirDefaults()
    {
        // tensor-orthogonal-4 recommends noise_radius = 0.05 and noise_decay_steps = 4000 for noisy SGD (defaults 1 and 5000).
        var problem = TensorDecompositionExperiment.Problem(5, false, 0, 0.1);
        var definition = OptimizerCatalog.Get("noisy-sgd");
        var recommended = (NoisyStochasticGradientDescentSettings)definition.Bind(new NoisyStochasticGradientDescentSettings(), problem).Settings;
        Assert.Equal(0.05, recommended.NoiseRadius);
        Assert.Equal(4000, recommended.NoiseDecaySteps);
        var own = definition.Bind(new NoisyStochasticGradientDescentSettings(NoiseRadius: 0.5), problem);
        Assert.Equal(0.5, ((NoisyStochasticGradientDescentSettings)own.Settings).NoiseRadius);
        Assert.Equal(4000, ((NoisyStochasticGradientDescentSettings)own.Settings).NoiseDecaySteps);
        Assert.Equal(definition.Parse(["noise_radius=0.5"], problem).Settings, own.Settings);
        Assert.Equal(["noise_decay_steps=4000"], own.RecommendedAndUsed);
    }

    [Fact]
    public void ASettingsRecordOfAnotherOptimizerIsRefused()
    {
        var problem = ProblemCatalog.Get("octopus").Create(2, [], 0);
        var e = Assert.Throws<ArgumentException>(() => OptimizerCatalog.Get("pgd").Bind(new GradientDescentSettings(), problem));
        Assert.Contains("GradientDescentSettings", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllOptimizers => new(OptimizerCatalog.All.Select(o => o.Name));

    [Theory]
    [MemberData(nameof(AllOptimizers))]
    public void EveryCatalogueSettingsRecordRoundTripsThroughTheStoresJson(string name)
    {
        var definition = OptimizerCatalog.Get(name);
        var choice = new OptimizerChoice((IOptimizerSettings)global::SaddleEscape.Settings.SettingsSchema.Defaults(definition.SettingsType));
        string json = ExperimentJson.Serialize(choice);
        Assert.StartsWith($"{{\"optimizer\":\"{name}\",\"settings\":{{", json, StringComparison.Ordinal);
        // Only the record's settings are stored, not properties derived from them (nc-descent's curvature_threshold).
        using (var document = JsonDocument.Parse(json))
        {
            int stored = document.RootElement.GetProperty("settings").EnumerateObject().Count();
            Assert.Equal(global::SaddleEscape.Settings.SettingsSchema.Of(definition.SettingsType).Count, stored);
        }

        var back = ExperimentJson.Deserialize<OptimizerChoice>(json);
        Assert.Equal(choice, back);
        Assert.Equal(definition.SettingsType, back.Settings.GetType());
        Assert.Equal(json, ExperimentJson.Serialize(back));
    }

    [Fact]
    public void EveryJobOfTheThreeExperimentsRoundTripsThroughTheStoresJson()
    {
        var octopus = new OctopusEscapeExperiment().Jobs(OctopusEscapeSettings.Quick);
        var escape = new EscapeTimeExperiment().Jobs(EscapeTimeSettings.Quick);
        var tensor = new TensorDecompositionExperiment().Jobs(TensorDecompositionSettings.Quick);
        Assert.All(octopus, j => Assert.Equal(j, ExperimentJson.Deserialize<OctopusEscapeJob>(ExperimentJson.Serialize(j))));
        Assert.All(escape, j => Assert.Equal(j, ExperimentJson.Deserialize<EscapeTimeJob>(ExperimentJson.Serialize(j))));
        Assert.All(tensor, j => Assert.Equal(j, ExperimentJson.Deserialize<TensorDecompositionJob>(ExperimentJson.Serialize(j))));
        Assert.Contains(tensor, j => j.Method.IsPowerMethod);
        Assert.Contains("\"settings\":{\"step_size\":null,\"theta\":0.2,", ExperimentJson.Serialize(octopus.First(j => j.Method.Name == "pagd")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"optimizer\":\"no-such\",\"settings\":{}}")]
    [InlineData("{\"settings\":{}}")]
    [InlineData("[\"pgd\",\"r=0.1\"]")]
    public void AStoredChoiceThatNamesNoCatalogueOptimizerIsAJsonError(string json) =>
        Assert.ThrowsAny<JsonException>(() => ExperimentJson.Deserialize<OptimizerChoice>(json));
}
