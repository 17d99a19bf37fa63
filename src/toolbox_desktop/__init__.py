"""Local Integration Toolbox: the Whole-COMM toolbox as an offline desktop application."""

__version__ = "0.1.0"
APP_NAME = "Local Integration Toolbox"
APP_ID = "toolbox-desktop"
ORGANIZATION = "Local Integration Toolbox"
