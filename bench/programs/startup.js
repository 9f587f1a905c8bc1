// Start-up of an empty script: measures the runtime's own start and exit.
