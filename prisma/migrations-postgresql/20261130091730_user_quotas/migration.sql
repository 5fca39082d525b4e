-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quotaConcurrentTasks" INTEGER,
ADD COLUMN     "quotaItemsPerDay" INTEGER;
