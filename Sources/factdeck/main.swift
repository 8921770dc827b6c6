import FactdeckCLI

FactdeckMain.run()
