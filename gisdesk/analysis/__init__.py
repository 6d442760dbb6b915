"""Analysis toolbox (Qt-free): each algorithm is one module that registers an ``Algorithm`` subclass.

    from gisdesk.analysis import algorithms, run_algorithm
    result = run_algorithm("count_points_in_polygons", {"points": layer, "polygons": wards})
"""

from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Cancelled,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    algorithms,
    check_values,
    get_algorithm,
    register,
    run_algorithm,
)

__all__ = ["Algorithm", "AnalysisError", "Cancelled", "Context", "Feedback", "LayerInput", "Param", "Result",
           "algorithms", "check_values", "get_algorithm", "register", "run_algorithm"]
