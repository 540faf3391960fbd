"""Lambda function code the platform deploys (each package is one function's asset directory)."""
