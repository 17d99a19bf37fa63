"""What the areas of the window share: user text shown as typed (``plain_text``), message
boxes and conflicts, typing pauses and text limits, the empty-state panel, the colour
palette, number and date formatting for the views, item data roles, and the radar chart.

Nothing here imports an area (``ui.assessment``, ``ui.plan``, ...): areas import from here.
"""
