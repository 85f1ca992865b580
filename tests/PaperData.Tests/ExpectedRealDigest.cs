namespace PaperData.Tests
{
    /// <summary>
    /// What the real digest holds, written from reading data/daily-papers-mar-11.txt (titles extracted with awk from
    /// every fourth line starting at line 11, links found with grep, then checked by eye) — never from parser output.
    /// </summary>
    internal static class ExpectedRealDigest
    {
        /// <summary>Line numbers in the file: paper n (1-based) has its title on line 7 + 4n and abstract on 9 + 4n.</summary>
        public static int TitleLine(int rank) => 7 + (4 * rank);

        public static int AbstractLine(int rank) => 9 + (4 * rank);

        public static readonly string[] Titles =
        {
            "Learning dynamic representations of the functional connectome in neurobiological networks",
            "Next Block Prediction: Video Generation via Semi-Autoregressive Modeling",
            "Feature Learning in Infinite-Width Neural Networks",
            "Influence-guided Data Augmentation for Neural Tensor Completion",
            "Learning k-Level Structured Sparse Neural Networks Using Group Envelope Regularization",
            "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
            "S3IM: Stochastic Structural SIMilarity and Its Unreasonable Effectiveness for Neural Fields",
            "How to Capture Higher-order Correlations? Generalizing Matrix Softmax Attention to Kronecker Computation",
            "DSFormer: Effective Compression of Text-Transformers by Dense-Sparse Weight Factorization",
            "Hard Negatives or False Negatives: Correcting Pooling Bias in Training Neural Ranking Models",
            "Forward Learning of Graph Neural Networks",
            "LFS-GAN: Lifelong Few-Shot Image Generation",
            "Trained Rank Pruning for Efficient Deep Neural Networks",
            "BiPFT: Binary Pre-trained Foundation Transformer with Low-rank Estimation of Binarization Residual Polynomials",
            "Neighborhood-aware Scalable Temporal Network Representation Learning",
            "Neural Collapse in Deep Linear Networks: From Balanced to Imbalanced Data",
            "Efficient Nearest Neighbor Search for Cross-Encoder Models using Matrix Factorization",
            "Negative Token Merging: Image-based Adversarial Feature Guidance",
            "Equivariant Polynomials for Graph Neural Networks",
            "Monolith: Real Time Recommendation System With Collisionless Embedding Table",
            "One is All: Bridging the Gap Between Neural Radiance Fields Architectures with Progressive Volume Distillation",
            "Neural Common Neighbor with Completion for Link Prediction",
            "NetInfoF Framework: Measuring and Exploiting Network Usable Information",
            "Enabling Efficient Equivariant Operations in the Fourier Basis via Gaunt Tensor Products",
            "FLoRA: Low-Rank Core Space for N-dimension",
            "Evolving Normalization-Activation Layers",
            "Rethinking the Role of Token Retrieval in Multi-Vector Retrieval",
            "A priori compression of convolutional neural networks for wave simulators",
            "Efficient View Synthesis with Neural Radiance Distribution Field",
            "KIND: Knowledge Integration and Diversion in Diffusion Models",
            "Functional Bayesian Tucker Decomposition for Continuous-indexed Tensor Data",
            "GraphFM: A Comprehensive Benchmark for Graph Foundation Model",
            "When to Pre-Train Graph Neural Networks? From Data Generation Perspective!",
            "Flover: A Temporal Fusion Framework for Efficient Autoregressive Model Parallel Inference",
            "Maestro: Uncovering Low-Rank Structures via Trainable Decomposition",
            "Improved Active Multi-Task Representation Learning via Lasso",
            "Addressing Negative Transfer in Diffusion Models",
            "Unsupervised Learning under Latent Label Shift",
            "On the Provable Advantage of Unsupervised Pretraining",
            "Sheaf Neural Networks for Graph-based Recommender Systems",
            "The Need for Speed: Pruning Transformers with One Recipe",
            "Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers",
            "The Surprising Effectiveness of Skip-Tuning in Diffusion Sampling",
            "NeRFool: Uncovering the Vulnerability of Generalizable Neural Radiance Fields against Adversarial Perturbations",
            "Differentiable Neural Input Search for Recommender Systems",
            "A Practical Approach to Novel Class Discovery in Tabular Data",
            "Show me your NFT and I tell you how it will perform: Multimodal representation learning for NFT selling price prediction",
            "Flash-LLM: Enabling Cost-Effective and Highly-Efficient Large Generative Model Inference with Unstructured Sparsity",
            "Data Filtering Networks",
            "TabPFN: A Transformer That Solves Small Tabular Classification Problems in a Second",
            "A Deep Conjugate Direction Method for Iteratively Solving Linear Systems",
            "Improving Composed Image Retrieval via Contrastive Learning with Scaling Positives and Negatives",
            "Augmenting Hessians with Inter-Layer Dependencies for Mixed-Precision Post-Training Quantization",
            "Efficiently Teaching an Effective Dense Retriever with Balanced Topic Aware Sampling",
            "ENAT: Rethinking Spatial-temporal Interactions in Token-based Image Synthesis",
            "Soft-NMS -- Improving Object Detection With One Line of Code",
            "NitroFusion: High-Fidelity Single-Step Diffusion through Dynamic Adversarial Training",
        };

        /// <summary>Rank and short name of every titled paper whose prefix before ": " or " -- " is one word.</summary>
        public static readonly (int Rank, string ShortName)[] ShortNames =
        {
            (7, "S3IM"), (9, "DSFormer"), (12, "LFS-GAN"), (14, "BiPFT"), (20, "Monolith"), (25, "FLoRA"), (30, "KIND"),
            (32, "GraphFM"), (34, "Flover"), (35, "Maestro"), (44, "NeRFool"), (48, "Flash-LLM"), (50, "TabPFN"),
            (55, "ENAT"), (56, "Soft-NMS"), (57, "NitroFusion"),
        };

        /// <summary>Every link in the digest, repaired by hand: (rank, url, kind, owner, repository).</summary>
        public static readonly (int Rank, string Url, LinkKind Kind, string? Owner, string? Repository)[] Links =
        {
            (1, "https://github.com/dyballa/dynamic-connectomes", LinkKind.Repository, "dyballa", "dynamic-connectomes"),
            // "github.com/edwardjhu/TP4." — no scheme, trailing full stop.
            (3, "https://github.com/edwardjhu/TP4", LinkKind.Repository, "edwardjhu", "TP4"),
            (11, "https://github.com/facebookresearch/forwardgnn", LinkKind.Repository, "facebookresearch", "forwardgnn"),
            (13, "https://github.com/yuhuixu1993/Trained-Rank-Pruning", LinkKind.Repository, "yuhuixu1993", "Trained-Rank-Pruning"),
            (14, "https://github.com/Xingrun-Xing/BiPFT", LinkKind.Repository, "Xingrun-Xing", "BiPFT"),
            // "https: //github.com/Graph-COM/Neighborhood-Aware-Temporal-Network." — a space inside the scheme.
            (15, "https://github.com/Graph-COM/Neighborhood-Aware-Temporal-Network", LinkKind.Repository, "Graph-COM", "Neighborhood-Aware-Temporal-Network"),
            // "https://negtome.github.io" — ends the abstract, no full stop.
            (18, "https://negtome.github.io", LinkKind.ProjectPage, "negtome", null),
            (21, "https://github.com/megvii-research/AAAI2023-PVD", LinkKind.Repository, "megvii-research", "AAAI2023-PVD"),
            (22, "https://github.com/GraphPKU/NeuralCommonNeighbor", LinkKind.Repository, "GraphPKU", "NeuralCommonNeighbor"),
            (25, "https://github.com/SJTU-DeepVisionLab/FLoRA", LinkKind.Repository, "SJTU-DeepVisionLab", "FLoRA"),
            // "yushuang-wu.github.io/NeRDF." — no scheme, trailing full stop.
            (29, "https://yushuang-wu.github.io/NeRDF", LinkKind.ProjectPage, "yushuang-wu", null),
            (31, "https://github.com/xuangu-fang/Functional-Bayesian-Tucker-Decomposition", LinkKind.Repository, "xuangu-fang", "Functional-Bayesian-Tucker-Decomposition"),
            (32, "https://github.com/NYUSHCS/GraphFM", LinkKind.Repository, "NYUSHCS", "GraphFM"),
            // "https://gohyojun15.github.io/ANT_diffusion/{url}." — a template leftover.
            (37, "https://gohyojun15.github.io/ANT_diffusion/", LinkKind.ProjectPage, "gohyojun15", null),
            (42, "https://github.com/abhibambhaniya/progressive_gradient_flow_nm_sparsity", LinkKind.Repository, "abhibambhaniya", "progressive_gradient_flow_nm_sparsity"),
            (44, "https://github.com/GATECH-EIC/NeRFool", LinkKind.Repository, "GATECH-EIC", "NeRFool"),
            (50, "https://github.com/automl/TabPFN", LinkKind.Repository, "automl", "TabPFN"),
            (52, "https://github.com/BUAADreamer/SPN4CIR", LinkKind.Repository, "BUAADreamer", "SPN4CIR"),
            (55, "https://github.com/LeapLabTHU/ENAT", LinkKind.Repository, "LeapLabTHU", "ENAT"),
            // "(http://bit.ly/2nJLNMu)." — inside parentheses, then a full stop.
            (56, "http://bit.ly/2nJLNMu", LinkKind.Other, null, null),
        };
    }
}
