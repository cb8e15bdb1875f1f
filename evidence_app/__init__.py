"""evidence-app: preserve web evidence of image-based sexual abuse."""

__version__ = "0.1.0"
APP_NAME = "evidence-app"
