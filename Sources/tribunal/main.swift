import ArgumentParser
import StoreSQLite
import TribunalWeb
print("x")
