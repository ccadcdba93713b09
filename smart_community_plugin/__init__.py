"""Smart Community Planner: checks community schemes against T/CECS 智慧社区规划标准."""
